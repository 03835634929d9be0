import { isoDate } from '../date';
import { normalizeSpace } from './blocks';
import { type DomDocument, fragmentText } from './dom';
import { type JsonObject, jsonLdArticles } from './json-ld';
import { firstMeta, metaTags } from './meta';

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  /** JSON-LD `articleBody`, when the page gives one. */
  articleBody: string | null;
}

const TITLE_META = ['og:title', 'twitter:title', 'citation_title', 'dc.title', 'title'];
const AUTHOR_META =
  'author article:author citation_author parsely-author dc.creator byl sailthru.author'.split(' ');
const DATE_META = (
  'article:published_time og:published_time datepublished citation_publication_date citation_date ' +
  'dc.date.issued dc.date parsely-pub-date sailthru.date pubdate publish-date date'
).split(' ');
const URL_META = ['og:url', 'twitter:url', 'citation_public_url', 'citation_abstract_html_url'];
const LANGUAGE_META = ['content-language', 'og:locale', 'dc.language', 'citation_language', 'language'];

const SITE_META = ['og:site_name', 'application-name', 'twitter:site'];
/** Where pages name their author when no metadata does, most specific first. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '.byline',
];
const MAX_BYLINE = 100;

/** `Headline | Site` -> `Headline`, when the site's name is known. */
function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const name = site.replace(/^@/, '').toLowerCase();
  const m = /^(.+?)\s+[|\-–—:·•]\s+([^|\-–—:·•]+)$/.exec(title);
  return m?.[1] && m[2]?.trim().toLowerCase().replace(/\s+/g, '') === name.replace(/\s+/g, '') ? m[1] : title;
}

function domByline(document: DomDocument): string | null {
  for (const selector of BYLINE_SELECTORS) {
    const name = str(document.querySelector(selector)?.textContent)?.replace(/^by\s+/i, '');
    if (name && name.length <= MAX_BYLINE) return name;
  }
  return null;
}

/** A JSON-LD or DOM string, entities decoded (publishers double-encode them into JSON-LD). */
const str = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const text = normalizeSpace(/[&<]/.test(v) ? fragmentText(v) : v);
  return text || null;
};

/** The names of a schema.org Person or Organization, a plain name, or a list of them (URLs are no names). */
function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') {
    const name = str(v)?.replace(/^by\s+/i, '');
    return name && !isUrl(name) ? [name] : [];
  }
  if (v && typeof v === 'object') return names((v as JsonObject).name);
  return [];
}

const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s.trim());

function joinNames(list: string[]): string | null {
  const unique = [...new Set(list)];
  return unique.length ? unique.join(', ') : null;
}

/** `@id` or `url` of a schema.org reference (mainEntityOfPage may be either a string or an object). */
function refUrl(v: unknown): string | null {
  if (typeof v === 'string') return isUrl(v) ? v : null;
  if (v && typeof v === 'object') return str((v as JsonObject)['@id']) ?? str((v as JsonObject).url);
  return null;
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null; // relative with no base, or not a URL
  }
}

/** `en_US` (Open Graph) -> `en-US`; anything not shaped like a language tag is dropped. */
function languageTag(raw: string | null | undefined): string | null {
  const tag = raw
    ?.trim()
    .split(/[,;\s]/)[0]
    ?.replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

/** Title, byline, date, canonical URL and language: JSON-LD first, then meta tags, then the DOM. */
export function readMetadata(document: DomDocument, pageUrl?: string): ArticleMetadata {
  const ld = jsonLdArticles(document);
  const meta = metaTags(document);
  const fromLd = <T>(pick: (o: JsonObject) => T | null): T | null => {
    for (const o of ld) {
      const v = pick(o);
      if (v) return v;
    }
    return null;
  };

  const rawTitle =
    fromLd((o) => str(o.headline) ?? str(o.name)) ??
    firstMeta(meta, TITLE_META) ??
    str(document.querySelector('title')?.textContent) ??
    str(document.querySelector('h1')?.textContent);
  const title = rawTitle && withoutSiteName(rawTitle, firstMeta(meta, SITE_META));
  const byline =
    fromLd((o) => joinNames(names(o.author))) ??
    AUTHOR_META.map((k) => joinNames(names(meta.get(k) ?? []))).find(Boolean) ??
    domByline(document);
  const published =
    fromLd((o) => isoDate(str(o.datePublished) ?? str(o.dateCreated))) ??
    isoDate(firstMeta(meta, DATE_META)) ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? null;
  const url =
    absolute(canonical, pageUrl) ??
    absolute(firstMeta(meta, URL_META), pageUrl) ??
    absolute(
      fromLd((o) => str(o.url) ?? refUrl(o.mainEntityOfPage)),
      pageUrl,
    ) ??
    pageUrl ??
    null;
  const language =
    languageTag(document.documentElement?.getAttribute('lang')) ??
    languageTag(fromLd((o) => str(o.inLanguage))) ??
    languageTag(firstMeta(meta, LANGUAGE_META));
  const articleBody = fromLd((o) => (typeof o.articleBody === 'string' ? o.articleBody : null));
  return { title, byline, published, url, language, articleBody };
}
