import { describe, expect, it } from 'vitest';
import type { LedgerOutcome } from '../../../functions/domain/index/ports';
import { processRecord } from '../../../functions/ingest/process-record';
import { file } from '../pipeline/sync-fixture';
import { received } from './sqs-event';

/** A key whose object cannot be read: every attempt fails, and the last receive records why. */
function unreadable() {
  const { deps, completed } = file('');
  deps.objects.get = async () => {
    throw new Error('S3 down');
  };
  return { deps, completed, ingest: { sync: deps, maxReceiveCount: 6, pause: async () => undefined } };
}

describe('recording the failure on the last receive', () => {
  it('tries again when recording it meets a transient error', async () => {
    const { deps, completed, ingest } = unreadable();
    const complete = deps.index.completeLedger.bind(deps.index);
    let calls = 0;
    deps.index.completeLedger = async (key, owner, outcome) => {
      if (++calls <= 2) throw new Error('throttled');
      return complete(key, owner, outcome);
    };
    await expect(processRecord(ingest, received(6))).rejects.toThrow('S3 down');
    expect(completed).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: { code: 'RETRIES_EXHAUSTED', message: 'gave up after 6 attempts: S3 down' },
      }),
    ]);
  });

  it('takes over the lease the failed attempt could not free', async () => {
    const { deps, completed, ingest } = unreadable();
    // one holder at a time; no lease is ever freed
    let holder: string | null = null;
    deps.index.acquireLease = async (_key, owner) => {
      if (holder !== null && holder !== owner) return { acquired: false, heldUntil: Number.MAX_SAFE_INTEGER };
      holder = owner;
      return { acquired: true, previous: null };
    };
    deps.index.releaseLease = async () => {
      throw new Error('throttled');
    };
    deps.index.completeLedger = async (_key, owner, outcome) => {
      if (owner !== holder) return false;
      completed.push(outcome as LedgerOutcome);
      return true;
    };
    await expect(processRecord(ingest, received(6))).rejects.toThrow('S3 down');
    expect(completed).toEqual([expect.objectContaining({ status: 'failed' })]);
  });

  it('stops trying when the run has too little time left', async () => {
    const { deps, completed, ingest } = unreadable();
    let calls = 0;
    deps.index.completeLedger = async () => {
      calls++;
      throw new Error('throttled');
    };
    Object.assign(deps, { timeLeftMs: () => 3_000 });
    await expect(processRecord(ingest, received(6))).rejects.toThrow('throttled');
    expect(calls).toBe(1);
    expect(completed).toEqual([]);
  });
});
