import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../../functions/domain/extract/extractor';
import { articleId } from '../../../functions/domain/index/keys';
import type { IndexStore, ObjectStore } from '../../../functions/domain/index/ports';
import type { ArticleRecord, LedgerRecord } from '../../../functions/domain/index/records';
import { DEFAULT_LIMITS } from '../../../functions/domain/parse/index';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';

const KEY = 'incoming/feed.ndjson';

/** A key whose object is gone, its articles as given, its ledger as given; calls recorded in order. */
function gone(ledger: LedgerRecord | null, held: string[]) {
  const calls: string[] = [];
  const article = (id: string) =>
    ({
      id,
      key: KEY,
      resultKey: `results/${id}.json`,
      entityIds: [],
      claimCount: 0,
      date: '2024-01-01',
    }) as unknown as ArticleRecord;
  const index = {
    acquireLease: async () => ({ acquired: true, previous: ledger }),
    getArticles: async (ids: string[]) => ids.filter((id) => held.includes(id)).map(article),
    writeArticles: async (_i: unknown, _f: unknown, stale: { pk: string }[]) =>
      void calls.push(`index: ${[...new Set(stale.map((k) => k.pk))].sort().join(' ')}`),
    deleteLedger: async () => void calls.push('ledger'),
    releaseLease: async () => undefined,
    getLedger: async () => ledger,
  } as unknown as IndexStore;
  const objects = {
    get: async () => null,
    delete: async (key: string) => void calls.push(`delete ${key}`),
  } as unknown as ObjectStore;
  const deps = {
    objects,
    index,
    extractor: { version: 'v1' } as Extractor,
    limits: DEFAULT_LIMITS,
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    leaseMs: 60_000,
    owner: 'test',
  };
  return { deps, calls };
}

const ledger = (articleIds: string[]): LedgerRecord => ({
  key: KEY,
  etag: 'e1',
  status: articleIds.length ? 'indexed' : 'processing',
  articleIds,
  extractorVersion: 'v1',
  error: null,
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '',
});

describe('removing the articles of an object that is gone', () => {
  const ids = [0, 1, 2].map((part) => articleId(KEY, part));

  it('deletes the results only once the index no longer points at them', async () => {
    const { deps, calls } = gone(ledger(ids), ids);
    expect(await syncObject(deps, { key: KEY })).toBe('removed');
    expect(calls[0]).toMatch(/^index: /);
    expect(calls.slice(1, 4).sort()).toEqual(ids.map((id) => `delete results/${id}.json`).sort());
    expect(calls[4]).toBe('ledger');
  });

  it('finds every part when a crash left the ledger without its ids', async () => {
    const { deps, calls } = gone(ledger([]), ids);
    expect(await syncObject(deps, { key: KEY })).toBe('removed');
    expect(calls[0]).toBe(
      `index: ${ids
        .map((id) => `ART#${id}`)
        .sort()
        .join(' ')}`,
    );
  });

  it('removes the queued record of a file that never had a ledger', async () => {
    const { deps, calls } = gone(null, [ids[0] as string]);
    expect(await syncObject(deps, { key: KEY })).toBe('removed');
    expect(calls[0]).toBe(`index: ART#${ids[0]}`);
  });
});
