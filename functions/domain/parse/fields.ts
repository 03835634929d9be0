import * as z from '../model/zod';
import { isoDate } from './date';

/** Trimmed, null when empty; anything not of the schema's shape is null too. */
const trimmed = (schema: z.ZodMiniType<string>) =>
  z.catch(
    z.pipe(
      schema,
      z.transform((s: string) => s.trim() || null),
    ),
    null,
  );

const named = z.pipe(
  z.object({ name: z.string() }),
  z.transform((o: { name: string }) => o.name),
);

/** A name given as a string, an object with a name, or a list of either. */
const NameLike: z.ZodMiniType<string | null> = trimmed(
  z.union([
    z.string(),
    named,
    z.pipe(
      z.array(z.union([z.string(), named])),
      z.transform((a: string[]) => a.join(', ')),
    ),
  ]),
);

const Text = trimmed(z.string());

/** A body as one string, or as a list of paragraphs. */
const BodyText = trimmed(
  z.union([
    z.string(),
    z.pipe(
      z.array(z.string()),
      z.transform((paragraphs: string[]) =>
        paragraphs
          .map((p) => p.trim())
          .filter(Boolean)
          .join('\n\n'),
      ),
    ),
  ]),
);

function first<T>(
  record: Record<string, unknown>,
  names: string[],
  schema: z.ZodMiniType<T | null>,
): T | null {
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
