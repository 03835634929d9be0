import type { DomDocument } from './dom';

export type JsonObject = Record<string, unknown>;

/** schema.org types of a news or blog article (subtypes of Article named by publishers). */
const ARTICLE_TYPE = /^(?:\w+:)?(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
/** Deep JSON-LD is hostile or broken: stop descending here. */
const MAX_DEPTH = 12;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Publishers often leave raw line breaks inside strings, which JSON forbids.
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every object in a JSON-LD tree: through arrays, `@graph` and nested values. */
function collectObjects(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    for (const v of Object.values(value)) if (typeof v === 'object') collectObjects(v, out, depth + 1);
  }
}

/** The page's JSON-LD article objects, in document order (most pages have one). */
export function jsonLdArticles(document: DomDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/^application\/ld\+json\b/i.test(script.getAttribute('type')?.trim() ?? '')) continue;
    collectObjects(parseJson(script.textContent ?? ''), objects, 0);
  }
  return objects.filter((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
}
