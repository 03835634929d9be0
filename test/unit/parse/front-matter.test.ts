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
