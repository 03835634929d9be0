import type { FailureReason } from '../index/records';
import { underLease } from './lease';
import { fail, type SyncDeps } from './sync-object';

/**
 * After the last receive: the file shows failed with `reason` as a bad file
 * does, its previous version's articles, edges, claims and results removed,
 * so nothing of a version no longer in the bucket is served. Recorded for
 * the version the event named (`etag`): reconcile leaves that version until
 * the file or the extractor changes; with none, the ledger's version stays.
 * Throws BusyError when another processor holds the key: its outcome stands.
 * `owner`: the lease's owner (see underLease), so that a try after one
 * that failed takes back the lease that one could not free.
 */
export async function recordGiveUp(
  container: SyncDeps,
  key: string,
  etag: string | undefined,
  reason: FailureReason,
  owner?: string,
): Promise<void> {
  await underLease(
    container,
    key,
    (deps, previous) =>
      etag !== undefined
        ? fail(deps, key, previous, etag, reason)
        : fail(deps, key, previous, previous?.etag ?? null, reason, previous?.extractorVersion ?? null),
    {},
    owner,
  );
}
