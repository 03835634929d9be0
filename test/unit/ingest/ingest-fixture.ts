import { s3CreatedRecord } from '../../../functions/commons/s3-event';
import type { IndexStore } from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import type { SyncDeps } from '../../../functions/domain/pipeline/sync-object';
import { createIngestHandler } from '../../../functions/ingest/handler';
import { sqsEvent } from './sqs-event';

/** The extractor version the stand-in ingest runs. */
export const VERSION = 'x1';

/** A ledger that holds the key indexed at its event's ETag by this version: its delivery is a duplicate. */
export const indexedLedger = (key: string): LedgerRecord => ({
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

/** The ingest handler over a stand-in index: only the calls a test makes need to be there. */
export function handlerOver(index: Partial<IndexStore>) {
  const sync = {
    index: index as IndexStore,
    // each key as its event and indexedLedger have it, no charset declared
    objects: { head: async (key: string) => ({ etag: `etag-${key}` }) },
    extractor: { version: VERSION },
    ingestPrefix: 'incoming/',
    leaseMs: 20_000,
  } as unknown as SyncDeps;
  return createIngestHandler(() => ({ sync, maxReceiveCount: 6 }));
}

/** One ObjectCreated message per key, each with the ETag indexedLedger records. */
export const createdEvent = (keys: string[]) =>
  sqsEvent(keys.map((key) => s3CreatedRecord('b', key, `etag-${key}`, 1, 'test')));
