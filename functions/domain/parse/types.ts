/** One article as read from a file, before extraction. */
export interface ParsedArticle {
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  source: string | null;
  /** Body text, paragraphs separated by a blank line. */
  text: string;
}

/** An article's fields besides its text. */
export type ArticleMeta = Omit<ParsedArticle, 'text'>;

/** Fields no source gave. */
export const NO_META: ArticleMeta = {
  title: null,
  byline: null,
  published: null,
  url: null,
  language: null,
  source: null,
};

/** What a file that yields no article is described as. */
export const EMPTY_ARTICLE: ParsedArticle = { ...NO_META, text: '' };

export type Format = 'txt' | 'md' | 'html' | 'json' | 'ndjson';
