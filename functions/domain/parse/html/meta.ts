import type { DomDocument } from './dom';

/**
 * Values of `<meta>` tags by name or property (case-insensitive), in
 * document order: `og:title`, `article:published_time`, `citation_author`...
 */
export function metaTags(document: DomDocument): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(key);
      if (list) list.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** First value among the keys, in the keys' order of preference. */
export function firstMeta(tags: Map<string, string[]>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
