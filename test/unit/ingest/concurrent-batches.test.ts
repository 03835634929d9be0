import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { IndexStore } from '../../../functions/domain/index/ports';
import { localContext } from '../../../local/lambda-context';
import { createdEvent, handlerOver, indexedLedger } from './ingest-fixture';

/** A batch of one message per key, its message ids prefixed so two batches' ids differ. */
const batch = (prefix: string, keys: string[]): SQSEvent => {
  const event = createdEvent(keys);
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
    const handler = handlerOver(index);

    const first = handler(batch('a', ['incoming/busy.txt', 'incoming/slow.txt']), localContext('test'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await handler(batch('b', ['incoming/ok.txt']), localContext('test'));
    open();
    expect(second.batchItemFailures).toEqual([]);
    expect((await first).batchItemFailures).toEqual([{ itemIdentifier: 'a-m0' }]);
  });
});
