import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../functions/domain/parse/front-matter';
import { parsePlainText } from '../../../functions/domain/parse/plaintext';

describe('splitFrontMatter', () => {
  it('reads the usual field names, quoted values, lists, and capitalised keys', () => {
    const { meta, body } = splitFrontMatter(
      [
        '---',
        'Title: "Ferry fares rise"',
        'published_at: 2024-05-02T08:00:00Z',
        'authors:',
        '  - Lee Carter',
        '  - Mo Diaz',
        'tags: [transport, fares]',
        'params:',
        '  section: local',
        '# a comment',
        'lang: en-GB',
        '---',
        'Body starts here.',
      ].join('\n'),
    );
    expect(meta).toEqual({
      title: 'Ferry fares rise',
      byline: 'Lee Carter, Mo Diaz',
      published: '2024-05-02T08:00:00Z',
      url: null,
      language: 'en-GB',
      source: null,
    });
    expect(body).toBe('Body starts here.');
  });

  it('reads folded and literal block scalars', () => {
    const folded = splitFrontMatter(
      '---\ntitle: >-\n  Ferry fares\n  rise in May\ndate: 2024-05-02\n---\nBody.',
    );
    expect(folded.meta).toMatchObject({ title: 'Ferry fares rise in May', published: '2024-05-02' });
    expect(folded.body).toBe('Body.');
    const literal = splitFrontMatter(
      '---\ntitle: |\n  Ferry fares\n  rise in May\n\nauthor: Lee Carter\n---\nBody.',
    );
    expect(literal.meta).toMatchObject({ title: 'Ferry fares\nrise in May', byline: 'Lee Carter' });
  });

  it('drops a comment after a value, but not a "#" inside quotes or a word', () => {
    const { meta } = splitFrontMatter(
      [
        '---',
        'title: "Fares: up # or down?" # draft',
        "author: 'Lee Carter' # check",
        'url: https://news.example/fares#top',
        'tags: [a, b] # none',
        '---',
        'Body.',
      ].join('\n'),
    );
    expect(meta).toMatchObject({
      title: 'Fares: up # or down?',
      byline: 'Lee Carter',
      url: 'https://news.example/fares#top',
    });
  });

  it('leaves the date out when it names no year, rather than invent one', () => {
    const { meta } = splitFrontMatter('---\ntitle: Ferry fares rise\ndate: March 31\n---\nBody.');
    expect(meta).toMatchObject({ title: 'Ferry fares rise', published: null });
  });

  it('keeps prose between two rules as text: it is not front matter', () => {
    for (const raw of [
      '---\nThe ferry company said fares will rise.\n---\nMore text.',
      '---\nNote: the fares were revised on Monday.\n---\nMore text.',
    ]) {
      expect(splitFrontMatter(raw)).toEqual({ meta: expect.objectContaining({ title: null }), body: raw });
    }
  });

  it('gives plain text its title, and keeps the first line as body when front matter titles it', () => {
    const article = parsePlainText(
      '---\ntitle: Ferry fares rise\n---\nFares rise in May.\n\nThe company said so.',
    );
    expect(article.title).toBe('Ferry fares rise');
    expect(article.text).toBe('Fares rise in May.\n\nThe company said so.');
  });
});
