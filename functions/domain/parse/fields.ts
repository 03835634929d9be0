import * as z from 'zod';

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

/** Normalises a date to ISO 8601: dates stay dates, anything else parseable becomes a UTC date-time. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const raw = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  const ms = typeof value === 'number' ? (value < 1e12 ? value * 1000 : value) : Date.parse(raw);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

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
    .map((k) => normalizeDate(record[k]))
    .find((d) => d !== null);
  return {
    title: first(record, ['title', 'headline', 'name'], Text),
    body: first(record, ['body', 'text', 'content', 'articleBody', 'article', 'story'], Text),
    url: first(record, ['url', 'link', 'canonical_url', 'canonicalUrl'], Text),
    published: published ?? null,
    byline: first(record, ['byline', 'author', 'authors', 'creator'], NameLike),
    source: first(record, ['source', 'publisher', 'site', 'site_name', 'siteName'], NameLike),
    language: first(record, ['language', 'lang', 'inLanguage'], Text),
  };
}
