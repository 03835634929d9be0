import type { LeaseNote } from '../index/ports';
import type { LedgerRecord } from '../index/records';
import { BusyError } from './errors';
import type { SyncDeps } from './sync-object';

let attempts = 0;

/**
 * Runs `work` holding the key's lease, under an owner of this attempt's own:
 * Powertools runs a batch's records at once, and two for one key in one
 * container must not both pass the lease as the same owner. `previous` is
 * the ledger as the lease found it. Throws BusyError when another processor
 * holds the key; on an error the key is freed for the retry at once (a crash
 * instead leaves the lease to expire). `note`: what the lease notes on the
 * ledger (see IndexStore.acquireLease).
 */
export async function underLease<T>(
  container: SyncDeps,
  key: string,
  work: (deps: SyncDeps, previous: LedgerRecord | null, leaseUntil: number) => Promise<T>,
  note: LeaseNote = {},
): Promise<T> {
  const deps = { ...container, owner: `${container.owner}/${++attempts}` };
  const t = (deps.now ?? Date.now)();
  const lease = await deps.index.acquireLease(key, deps.owner, t, t + deps.leaseMs, note);
  if (!lease.acquired)
    throw new BusyError(`${key} is being processed until ${new Date(lease.heldUntil).toISOString()}`);
  try {
    return await work(deps, lease.previous, t + deps.leaseMs);
  } catch (err) {
    await deps.index.releaseLease(key, deps.owner).catch(() => undefined);
    throw err;
  }
}
