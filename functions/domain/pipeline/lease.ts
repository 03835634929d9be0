import type { LeaseNote } from '../index/ports';
import type { LedgerRecord } from '../index/records';
import { BusyError } from './errors';
import type { SyncDeps } from './sync-object';

/** What holding a lease needs: the ledger, whose lease it is, how long it lasts. */
export type LeaseDeps = Pick<SyncDeps, 'index' | 'owner' | 'leaseMs' | 'now'>;

let attempts = 0;

/** Errors of attempts whose lease could not be released, with the owner the lease was held under. */
const leftLeases = new WeakMap<object, string>();

/**
 * The owner of the lease an attempt that threw `err` could not free: that
 * attempt is over, so recording its failure may take the lease over under
 * its owner rather than find the key busy until the lease runs out.
 */
export function leaseLeftBy(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null ? leftLeases.get(err) : undefined;
}

/**
 * Runs `work` holding the key's lease, under an owner of this attempt's own:
 * Powertools runs a batch's records at once, and two for one key in one
 * container must not both pass the lease as the same owner. `previous` is
 * the ledger as the lease found it. Throws BusyError when another processor
 * holds the key; on an error the key is freed for the retry at once (a crash
 * instead leaves the lease to expire). `note`: what the lease notes on the
 * ledger (see IndexStore.acquireLease). `owner`: hold it under this owner
 * instead (one that tries again, or takes over a lease leaseLeftBy names).
 */
export async function underLease<D extends LeaseDeps, T>(
  container: D,
  key: string,
  work: (deps: D, previous: LedgerRecord | null, leaseUntil: number) => Promise<T>,
  note: LeaseNote = {},
  owner = `${container.owner}/${++attempts}`,
): Promise<T> {
  const deps = { ...container, owner };
  const t = (deps.now ?? Date.now)();
  const lease = await deps.index.acquireLease(key, deps.owner, t, t + deps.leaseMs, note);
  if (!lease.acquired)
    throw new BusyError(
      `${key} is being processed until ${new Date(lease.heldUntil).toISOString()}`,
      false,
      lease.heldBy ?? undefined,
    );
  try {
    return await work(deps, lease.previous, t + deps.leaseMs);
  } catch (err) {
    await deps.index.releaseLease(key, deps.owner).catch(() => {
      if (typeof err === 'object' && err !== null) leftLeases.set(err, deps.owner);
    });
    throw err;
  }
}
