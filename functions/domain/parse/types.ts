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

export type Format = 'txt' | 'md' | 'html' | 'json' | 'ndjson';
