import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../functions/domain/parse/front-matter';
import { parseFile } from '../../../functions/domain/parse/index';

describe('TOML front matter', () => {
  it('reads the fields Hugo writes, and leaves tables and the block out of the body', () => {
    const { meta, body } = splitFrontMatter(
      [
        '+++',
        'title = "Ferry \\"fast\\" fares rise" # working title',
        'date = 2024-03-31T10:00:00Z',
        'draft = false',
        'authors = [',
        '  "Lee Carter", # lead',
        "  'Mo Diaz',",
        ']',
        '[params]',
        '  lang = "fr"',
        '+++',
        'Body starts here.',
      ].join('\n'),
    );
    expect(meta).toEqual({
      title: 'Ferry "fast" fares rise',
      byline: 'Lee Carter, Mo Diaz',
      published: '2024-03-31T10:00:00Z',
      url: null,
      language: null,
      source: null,
    });
    expect(body).toBe('Body starts here.');
  });

  it('reads multi-line and literal strings as TOML writes them', () => {
    const { meta } = splitFrontMatter(
      [
        '+++',
        'title = """',
        'Ferry fares \\',
        '   rise in May"""',
        "author = 'Lee \\ Carter'",
        '+++',
        'Body.',
      ].join('\n'),
    );
    expect(meta).toMatchObject({ title: 'Ferry fares rise in May', byline: 'Lee \\ Carter' });
  });

  it('keeps a block that is not TOML as text', () => {
    const raw = '+++\nThe ferry company said fares will rise.\n+++\nMore text.';
    expect(splitFrontMatter(raw)).toEqual({ meta: expect.objectContaining({ title: null }), body: raw });
  });

  it('gives a Markdown file its title and date from TOML front matter', async () => {
    const bytes = Buffer.from(
      '+++\ntitle = "Ferry fares rise"\ndate = 2024-03-31\n+++\n\nFares rise in May.\n',
    );
    const [part] = await parseFile({ key: 'post.md', bytes });
    expect(part && 'article' in part ? part.article : null).toMatchObject({
      title: 'Ferry fares rise',
      published: '2024-03-31',
      text: 'Fares rise in May.',
    });
  });
});

describe('quoted YAML front matter values', () => {
  it('reads escapes in double quotes and doubled quotes in single quotes', () => {
    const { meta } = splitFrontMatter(
      [
        '---',
        'title: "Minister: \\"We will act\\" \\u2014 caf\\u00e9 \\\\ bar"',
        "author: 'Lee O''Hara'",
        '---',
        'Body.',
      ].join('\n'),
    );
    expect(meta).toMatchObject({ title: 'Minister: "We will act" — café \\ bar', byline: "Lee O'Hara" });
  });

  it('keeps a comma inside a quoted list item', () => {
    const { meta } = splitFrontMatter('---\ntitle: Fares\nauthors: ["Carter, Lee", Mo Diaz]\n---\nBody.');
    expect(meta.byline).toBe('Carter, Lee, Mo Diaz');
  });
});
