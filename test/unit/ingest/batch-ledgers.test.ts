import { describe, expect, it } from 'vitest';
import { s3CreatedRecord } from '../../../functions/commons/s3-event';
import type { IndexStore } from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import type { SyncDeps } from '../../../functions/domain/pipeline/sync-object';
import { createIngestHandler } from '../../../functions/ingest/handler';
import { localContext } from '../../../local/lambda-context';
import { sqsEvent } from './sqs-event';

const VERSION = 'x1';
const indexedLedger = (key: string): LedgerRecord => ({
  key,
  etag: `etag-${key}`,
  status: 'indexed',
  articleIds: [],
  extractorVersion: VERSION,
  error: null,
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** An ingest handler over an index that already holds every key at the events' versions, counting ledger reads. */
function handlerOver(index: Partial<IndexStore>) {
  const sync = {
    index: index as IndexStore,
    extractor: { version: VERSION },
    ingestPrefix: 'incoming/',
    leaseMs: 20_000,
  } as unknown as SyncDeps;
  return createIngestHandler(() => ({ sync, maxReceiveCount: 6 }));
}

const event = (keys: string[]) =>
  sqsEvent(keys.map((key) => s3CreatedRecord('b', key, `etag-${key}`, 1, 'test')));

describe('ingest dedupe reads', () => {
  const keys = ['incoming/a.txt', 'incoming/b c.txt', 'incoming/d.txt'];

  it('reads the ledgers of a whole batch in one consistent request, not one per record', async () => {
    const batches: { keys: string[]; consistent?: boolean }[] = [];
    let single = 0;
    const handler = handlerOver({
      getLedgers: async (asked, options) => {
        batches.push({ keys: asked, consistent: options?.consistent });
        return asked.map(indexedLedger);
      },
      getLedger: async (key) => {
        single++;
        return indexedLedger(key);
      },
    });
    const response = await handler(event(keys), localContext('test'));
    expect(response.batchItemFailures).toEqual([]);
    expect(batches).toEqual([{ keys, consistent: true }]);
    expect(single).toBe(0);
  });

  it('falls back to a read per record when the batch read fails', async () => {
    let single = 0;
    const handler = handlerOver({
      getLedgers: async () => {
        throw new Error('throttled');
      },
      getLedger: async (key) => {
        single++;
        return indexedLedger(key);
      },
    });
    const response = await handler(event(keys), localContext('test'));
    expect(response.batchItemFailures).toEqual([]);
    expect(single).toBe(3);
  });
});
