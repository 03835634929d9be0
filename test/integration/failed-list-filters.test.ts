// ?status=failed with source= or entity= reads the status index as the plain list does, filtered:
// a cursor of one filtered list must not resume another, as where each source read its own partition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

type Page = { items: { key: string; status: string }[]; cursor: string | null };

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
  for (const key of ['incoming/a/1.txt', 'incoming/a/2.txt', 'incoming/a/3.txt', 'incoming/b/1.txt'])
    await t.put(key, '');
  await t.put('incoming/a/good.txt', 'Lina Park said the ferry would sail on Monday.');
  await t.settle();
});
afterAll(async () => t.stop());

const list = (query: string) => t.get<Page>(`/articles?status=failed&${query}`);

describe('failed lists filtered by source', () => {
  it("pages through one source's failed files only", async () => {
    const keys: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await list(`source=a&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body;
      keys.push(...page.items.map((i) => i.key));
      cursor = page.cursor;
    } while (cursor);
    expect(keys.sort()).toEqual(['incoming/a/1.txt', 'incoming/a/2.txt', 'incoming/a/3.txt']);
  });

  it.each([
    ['source=a&limit=1', 'source=b'],
    ['limit=1', 'source=a'],
    ['source=a&limit=1', 'limit=1'],
    ['source=a&limit=1', 'source=a&entity=person.lina-park'],
  ])('a cursor of %s answers 400 BAD_CURSOR on %s', async (first, second) => {
    const { cursor } = (await list(first)).body;
    expect(cursor).toBeTruthy();
    const res = await list(`${second}&cursor=${cursor}`);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_CURSOR' } } });
  });

  it('lists nothing for an entity no failed file mentions', async () => {
    expect((await list('entity=person.lina-park')).body.items).toEqual([]);
  });
});
