import { describe, expect, it } from 'vitest';
import { fillPage, MAX_READS } from '../../../functions/commons/dynamo/fill-page';
import type { Page } from '../../../functions/domain/index/ports';

/**
 * A filtered Query over `rows` as DynamoDB runs it: Limit counts rows read,
 * the filter (`keep`) then drops some; the cursor is the last row read.
 */
function filteredQuery(rows: number[], keep: (row: number) => boolean) {
  let reads = 0;
  const read = async (want: number, cursor: string | undefined): Promise<Page<number>> => {
    reads++;
    const from = cursor === undefined ? 0 : Number(cursor) + 1;
    const slice = rows.slice(from, from + want);
    const last = from + slice.length - 1;
    return { items: slice.filter(keep), cursor: last < rows.length - 1 ? String(last) : null };
  };
  return { read, reads: () => reads };
}

describe('fillPage', () => {
  it('reads on past short and empty filtered reads until the page is full', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => i);
    const q = filteredQuery(rows, (r) => r % 3 === 2);
    const page = await fillPage(3, undefined, q.read);
    expect(page.items).toEqual([2, 5, 8]);
    expect(q.reads()).toBe(5); // rows 0-2, 3-4 (none kept), 5-6, 7 (none), 8
    const next = await fillPage(3, page.cursor ?? undefined, q.read);
    expect(next.items).toEqual([11, 14, 17]);
  });

  it('stops after the last row with no cursor, and after maxReads with one', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => i);
    expect(await fillPage(50, undefined, filteredQuery(rows, () => true).read)).toEqual({
      items: rows,
      cursor: null,
    });
    const sparse = filteredQuery(
      Array.from({ length: 1000 }, (_, i) => i),
      () => false,
    );
    const page = await fillPage(5, undefined, sparse.read);
    expect(page.items).toEqual([]);
    expect(page.cursor).not.toBeNull();
    expect(sparse.reads()).toBe(MAX_READS);
  });

  it('serves every kept row once, in order, whatever the limit (seeded fuzz)', async () => {
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let trial = 0; trial < 200; trial++) {
      const rows = Array.from({ length: Math.floor(random() * 60) }, (_, i) => i);
      const density = random();
      const kept = new Set(rows.filter(() => random() < density));
      const limit = 1 + Math.floor(random() * 7);
      const q = filteredQuery(rows, (r) => kept.has(r));
      const served: number[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 200; pages++) {
        const page = await fillPage(limit, cursor, q.read);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        served.push(...page.items);
        if (!page.cursor) break;
        cursor = page.cursor;
      }
      expect(served).toEqual([...kept]);
    }
  });
});
