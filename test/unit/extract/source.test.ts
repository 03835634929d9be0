import { describe, expect, it } from 'vitest';
import { deriveSource } from '../../../functions/domain/extract/source';
import { EMPTY_ARTICLE, type ParsedArticle } from '../../../functions/domain/parse/types';

const article = (fields: Partial<ParsedArticle>): ParsedArticle => ({
  ...EMPTY_ARTICLE,
  text: 'Body.',
  ...fields,
});

describe('the source an article is listed under', () => {
  it('is the publisher the file names, as a slug', () => {
    expect(deriveSource(article({ source: 'The Guardian', url: 'https://x.org/a' }), 'bbc/1.txt')).toBe(
      'the-guardian',
    );
  });

  it("is the URL's host without www. when no publisher is named, or the name makes no slug", () => {
    expect(deriveSource(article({ url: 'https://www.Reuters.com/world/x' }), 'bbc/1.txt')).toBe(
      'reuters.com',
    );
    expect(deriveSource(article({ source: '—', url: 'https://apnews.com/a' }), '1.txt')).toBe('apnews.com');
  });

  it("is the key's first folder when the URL is no URL, and upload when the key has no folder", () => {
    expect(deriveSource(article({ url: 'not a url' }), 'BBC News/business/001.txt')).toBe('bbc-news');
    expect(deriveSource(article({}), '001.txt')).toBe('upload');
    expect(deriveSource(article({}), '!!!/001.txt')).toBe('upload');
  });
});
