import type { Page } from '../../domain/index/ports';

/** Reads per request at most, by default: a sparse filter must not turn one request into a scan. */
export const MAX_READS = 8;

/**
 * A page of up to `limit` items from reads that each return at most the
 * number asked for. A filtered Query is such a read: DynamoDB applies Limit
 * before the filter, so one read can come back short, or empty with a
 * cursor. Reads on until the page is full, the items end or `maxReads`
 * reads are done; the cursor resumes after the last read, so a page can
 * still be short, but never empty while items remain within reach.
 */
export async function fillPage<T>(
  limit: number,
  cursor: string | undefined,
  read: (want: number, cursor: string | undefined) => Promise<Page<T>>,
  maxReads = MAX_READS,
): Promise<Page<T>> {
  const items: T[] = [];
  let next = cursor;
  for (let reads = 0; reads < maxReads && items.length < limit; reads++) {
    const page = await read(limit - items.length, next);
    items.push(...page.items);
    if (!page.cursor) return { items, cursor: null };
    next = page.cursor;
  }
  return { items, cursor: next ?? null };
}
