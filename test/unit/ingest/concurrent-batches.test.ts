import type { SQSEvent } from 'aws-lambda';
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

/** A batch of one message per key, its message ids prefixed so two batches' ids differ. */
const batch = (prefix: string, keys: string[]): SQSEvent => {
  const event = sqsEvent(keys.map((key) => s3CreatedRecord('b', key, `etag-${key}`, 1, 'test')));
  for (const r of event.Records) r.messageId = `${prefix}-${r.messageId}`;
  return event;
};

/*
 * The local stack runs several batches at once in one ingest container (two
 * per worker thread), as one Lambda container never does; Powertools keeps a
 * BatchProcessor's state in the instance outside Lambda, so one shared by the
 * handler's invocations had a batch starting meanwhile clear the failures of
 * one still running: its failed records were reported processed, their
 * messages deleted, and their keys left unindexed until a reconcile pass.
 */
describe('batches one ingest container runs at once', () => {
  it('each report their own failed records', async () => {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const index: Partial<IndexStore> = {
      getLedgers: async () => {
        throw new Error('each record reads its own ledger');
      },
      // slow.txt is a duplicate, found once the gate opens; ok.txt one found at once
      getLedger: async (key) => {
        if (key.endsWith('slow.txt')) await gate;
        return key.endsWith('busy.txt') ? null : indexedLedger(key);
      },
      // busy.txt is held by another processor: its record fails, to be retried
      acquireLease: async () => ({ acquired: false, heldUntil: Date.now() + 20_000 }),
    };
    const sync = {
      index: index as IndexStore,
      extractor: { version: VERSION },
      ingestPrefix: 'incoming/',
      leaseMs: 20_000,
    } as unknown as SyncDeps;
    const handler = createIngestHandler(() => ({ sync, maxReceiveCount: 6 }));

    const first = handler(batch('a', ['incoming/busy.txt', 'incoming/slow.txt']), localContext('test'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await handler(batch('b', ['incoming/ok.txt']), localContext('test'));
    open();
    expect(second.batchItemFailures).toEqual([]);
    expect((await first).batchItemFailures).toEqual([{ itemIdentifier: 'a-m0' }]);
  });
});
