/**
 * Caches for pure string functions that the pipeline calls again and again
 * with the same argument (the same surface form, the same sentence).
 */

/** fn with a cache of up to `limit` results, emptied when full so memory stays bounded in a long-lived process. */
export function memoBounded<T>(fn: (s: string) => T, limit: number): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
}

/** fn remembering its last call only: for a value several stages compute in a row on one text. */
export function memoLast<T>(fn: (s: string) => T): (s: string) => T {
  let last: string | undefined;
  let value: T;
  return (s) => {
    if (s !== last) {
      value = fn(s);
      last = s;
    }
    return value;
  };
}
