import { slugify } from '../entities/ids';
import type { ParsedArticle } from '../parse/types';

/**
 * The collection an article belongs to: the publisher named in the file,
 * else the URL's host, else the first folder of the key ("bbc/business/1.txt"
 * is "bbc"), else "upload".
 */
export function deriveSource(article: ParsedArticle, relativeKey: string): string {
  if (article.source) {
    const slug = slugify(article.source);
    if (slug) return slug;
  }
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '').toLowerCase();
    } catch {
      // not a URL; fall through to the key
    }
  }
  const folder = relativeKey.includes('/') ? relativeKey.slice(0, relativeKey.indexOf('/')) : '';
  return slugify(folder) || 'upload';
}
