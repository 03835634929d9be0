// An attempt cut short while it writes results objects (its lease running out, or on AWS the function's
// timeout) must leave none behind: for a new key nothing else recorded them, and the orphan sweep walks
// articles, not results objects.
import { describe, expect, it } from 'vitest';
import { articleId } from '../../../functions/domain/index/keys';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { OutOfTimeError } from '../../../functions/domain/pipeline/errors';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';
import { file, KEY, line } from './sync-fixture';

/** A 40-article feed whose store takes 2.5 s a put: a 60 s lease runs out after some 20 writes. */
function slowStore() {
  const body = Array.from({ length: 40 }, (_, i) =>
    line(`Item ${i}`, `Lina Park said bus ${i} would run.`),
  ).join('\n');
  const { deps } = file(body);
  let clock = 1_000_000;
  const stored = new Set<string>();
  const noted: string[][] = [];
  Object.assign(deps, { now: () => clock, leaseMs: 60_000 });
  deps.objects.put = async (key: string) => {
    stored.add(key);
    clock += 2_500;
    return { etag: `e-${key}` };
  };
  deps.objects.delete = async (key: string) => void stored.delete(key);
  deps.index.notePending = async (_key: string, _owner: string, ids: string[]) => {
    noted.push(ids);
    return true;
  };
  return { deps, stored, noted };
}

describe('results objects of an attempt cut short', () => {
  it('are deleted by the attempt, once it holds the key again', async () => {
    const { deps, stored, noted } = slowStore();
    await expect(syncObject(deps, { key: KEY })).rejects.toBeInstanceOf(OutOfTimeError);
    expect([...stored]).toEqual([]);
    // noted before the first put, though the key is new: what a crash leaves, the next attempt finds
    expect(noted[0]).toHaveLength(40);
  });

  it('are left for the next attempt when another processor took the key', async () => {
    const { deps, stored } = slowStore();
    deps.index.renewLease = async () => false;
    await expect(syncObject(deps, { key: KEY })).rejects.toBeInstanceOf(OutOfTimeError);
    expect(stored.size).toBeGreaterThan(0);
  });

  it('are deleted with the file, from the ids the ledger noted', async () => {
    const { deps } = file('');
    const pending = [articleId(KEY, 0), articleId(KEY, 1)];
    const previous = { key: KEY, articleIds: [], pendingIds: pending } as unknown as LedgerRecord;
    const deleted: string[] = [];
    deps.index.acquireLease = async () => ({ acquired: true, previous });
    deps.index.deleteLedger = async () => undefined;
    deps.objects.get = async () => null;
    deps.objects.delete = async (key: string) => void deleted.push(key);
    expect(await syncObject(deps, { key: KEY })).toBe('removed');
    expect(deleted.sort()).toEqual(pending.map((id) => `results/${id}.json`).sort());
  });
});
