import * as z from 'zod';
import { isoDate } from './date';

/** A name given as a string, an object with a name, or a list of either. */
const NameLike: z.ZodType<string | null> = z
  .union([
    z.string(),
    z.object({ name: z.string() }).transform((o) => o.name),
    z
      .array(z.union([z.string(), z.object({ name: z.string() }).transform((o) => o.name)]))
      .transform((a) => a.join(', ')),
  ])
  .transform((s) => s.trim() || null)
  .catch(null);

const Text = z
  .string()
  .transform((s) => s.trim() || null)
  .catch(null);

/** A body as one string, or as a list of paragraphs. */
const BodyText = z
  .union([
    z.string(),
    z.array(z.string()).transform((paragraphs) =>
      paragraphs
        .map((p) => p.trim())
        .filter(Boolean)
        .join('\n\n'),
    ),
  ])
  .transform((s) => s.trim() || null)
  .catch(null);

function first<T>(record: Record<string, unknown>, names: string[], schema: z.ZodType<T | null>): T | null {
  for (const name of names) {
    if (record[name] === undefined) continue;
    const value = schema.parse(record[name]);
    if (value !== null) return value;
  }
  return null;
}

export interface ArticleFields {
  title: string | null;
  body: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  source: string | null;
  language: string | null;
}

/** Reads the usual field names of CMS exports and feeds. */
export function readArticleFields(record: Record<string, unknown>): ArticleFields {
  const published = [
    'published',
    'datePublished',
    'published_at',
    'publishedAt',
    'pubDate',
    'date',
    'created_at',
  ]
    .map((k) => isoDate(record[k]))
    .find((d) => d !== null);
  return {
    title: first(record, ['title', 'headline', 'name'], Text),
    body: first(record, ['body', 'text', 'content', 'articleBody', 'article', 'story'], BodyText),
    url: first(record, ['url', 'link', 'canonical_url', 'canonicalUrl'], Text),
    published: published ?? null,
    byline: first(record, ['byline', 'author', 'authors', 'creator'], NameLike),
    source: first(record, ['source', 'publisher', 'site', 'site_name', 'siteName'], NameLike),
    language: first(record, ['language', 'lang', 'inLanguage'], Text),
  };
}
