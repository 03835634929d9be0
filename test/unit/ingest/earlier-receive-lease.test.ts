import { describe, expect, it } from 'vitest';
import type { LedgerOutcome } from '../../../functions/domain/index/ports';
import { processRecord } from '../../../functions/ingest/process-record';
import { isEarlierReceive } from '../../../functions/ingest/receive-owner';
import { file, line } from '../pipeline/sync-fixture';
import { received } from './sqs-event';

/** Receive `count` of message m0 (the last is the 6th). */
/** A key whose unexpired lease `holder` holds: only that owner may take it, and nothing frees it but a release. */
function leasedBy(holder: string, body = '') {
  const { deps, completed } = file(body);
  let current: string | null = holder;
  deps.index.acquireLease = async (_key, owner) => {
    if (current !== null && current !== owner)
      return { acquired: false, heldUntil: 2_000_000_000_000, heldBy: current };
    current = owner;
    return { acquired: true, previous: null };
  };
  deps.index.releaseLease = async (_key, owner) => {
    if (owner === current) current = null;
  };
  deps.index.completeLedger = async (_key, owner, outcome) => {
    if (owner !== current) return false;
    completed.push(outcome as LedgerOutcome);
    current = null;
    return true;
  };
  return { deps, completed, ingest: { sync: deps, maxReceiveCount: 6, pause: async () => undefined } };
}

describe('a lease an earlier receive of the message left', () => {
  it('is taken over on the last receive, whose failure is then recorded', async () => {
    const { deps, completed, ingest } = leasedBy('test/m0#4/7');
    deps.objects.get = async () => {
      throw new Error('S3 down');
    };
    await expect(processRecord(ingest, received(6))).rejects.toThrow('S3 down');
    expect(completed).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: { code: 'RETRIES_EXHAUSTED', message: 'gave up after 6 attempts: S3 down' },
      }),
    ]);
  });

  it('is taken over on the last receive, which may then index the file', async () => {
    const { completed, ingest } = leasedBy(
      'test/m0#5/9',
      line('Title', 'The minister said the plan would work.'),
    );
    await processRecord(ingest, received(6));
    expect(completed).toEqual([expect.objectContaining({ status: 'indexed' })]);
  });

  it('is taken over to record the failure when the attempt failed before its lease', async () => {
    const { deps, completed, ingest } = leasedBy('test/m0#5/give-up-3');
    deps.index.getLedger = async () => {
      throw new Error('throttled');
    };
    await expect(processRecord(ingest, received(6))).rejects.toThrow('throttled');
    expect(completed).toEqual([expect.objectContaining({ status: 'failed' })]);
  });

  it('is left alone before the last receive', async () => {
    const { completed, ingest } = leasedBy('test/m0#4/7', line('Title', 'The minister said so.'));
    await expect(processRecord(ingest, received(5))).rejects.toThrow('being processed');
    expect(completed).toEqual([]);
  });

  it("another message's lease is left to its holder, even on the last receive", async () => {
    for (const holder of ['test/m9#2/3', 'test/m0#6/3', 'test/3']) {
      const { completed, ingest } = leasedBy(holder, line('Title', 'The minister said so.'));
      await processRecord(ingest, received(6));
      expect(completed).toEqual([]);
    }
  });
});

describe('isEarlierReceive', () => {
  const now = { messageId: 'm1', receiveCount: 4 };
  it('names a lease of the same message at a lower receive count', () => {
    expect(isEarlierReceive('c/m1#3/5', now)).toBe(true);
    expect(isEarlierReceive('c/m1#1/give-up-2', now)).toBe(true);
  });
  it('not one of this receive, a later one, another message or an unnamed owner', () => {
    expect(isEarlierReceive('c/m1#4/5', now)).toBe(false);
    expect(isEarlierReceive('c/m10#1/5', now)).toBe(false);
    expect(isEarlierReceive('c/5', now)).toBe(false);
    expect(isEarlierReceive(undefined, now)).toBe(false);
  });
});
