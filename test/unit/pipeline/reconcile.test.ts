import { describe, expect, it } from 'vitest';
import type {
  IndexStore,
  MessageQueue,
  ObjectStore,
  ObjectSummary,
} from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { reconcile, reconcileReason } from '../../../functions/domain/pipeline/reconcile';

const object: ObjectSummary = { key: 'incoming/a.txt', etag: 'e1', size: 10 };
const ledger = (over: Partial<LedgerRecord>): LedgerRecord => ({
  key: object.key,
  etag: 'e1',
  status: 'indexed',
  articleIds: ['a'],
  extractorVersion: 'v2',
  error: null,
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '',
  ...over,
});

describe('reconcileReason', () => {
  it('queues new, changed, outdated and interrupted objects, and leaves current ones alone', () => {
    expect(reconcileReason(object, undefined, 'v2', 0)).toBe('new');
    expect(reconcileReason(object, ledger({ etag: 'e0' }), 'v2', 0)).toBe('changed');
    expect(reconcileReason(object, ledger({ extractorVersion: 'v1' }), 'v2', 0)).toBe('outdated');
    expect(reconcileReason(object, ledger({ status: 'processing', leaseUntil: 5 }), 'v2', 10)).toBe(
      'interrupted',
    );
    expect(reconcileReason(object, ledger({}), 'v2', 0)).toBeNull();
    expect(reconcileReason(object, ledger({ status: 'failed' }), 'v2', 0)).toBeNull();
  });

  it('leaves an object alone while its lease is live', () => {
    expect(reconcileReason(object, ledger({ etag: 'e0', leaseUntil: 100 }), 'v2', 10)).toBeNull();
  });
});

describe('reconcile', () => {
  it('lists the prefix, checks ledgers in pages and sends one message per object needing work', async () => {
    const objects = Array.from({ length: 250 }, (_, i) => ({
      key: `incoming/${i}.txt`,
      etag: 'e1',
      size: 1,
    }));
    const ledgers = new Map(
      objects.filter((_, i) => i % 2 === 0).map((o) => [o.key, ledger({ key: o.key })]),
    );
    const sent: string[] = [];
    const store = {
      async *list() {
        yield* objects;
      },
    } as unknown as ObjectStore;
    const index = {
      getLedgers: async (keys: string[]) => keys.flatMap((k) => ledgers.get(k) ?? []),
    } as unknown as IndexStore;
    const queue: MessageQueue = { send: async (bodies) => void sent.push(...bodies) };
    const report = await reconcile({
      objects: store,
      index,
      queue,
      ingestPrefix: 'incoming/',
      extractorVersion: 'v2',
      message: (o) => o.key,
    });
    expect(report).toEqual({
      listed: 250,
      enqueued: 125,
      inProgress: 0,
      reasons: { new: 125, changed: 0, outdated: 0, interrupted: 0 },
    });
    expect(sent).toEqual(objects.filter((_, i) => i % 2 === 1).map((o) => o.key));
  });
});
