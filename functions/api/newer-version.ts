import type { LedgerRecord } from '../domain/index/records';

/**
 * What an indexed file's articles show of a newer version of it that failed
 * where the batch could not replace them (LedgerRecord.newerFailed): without
 * it they read as the file's newest state, though the bucket holds another.
 */
export function newerVersion(ledger: LedgerRecord | null) {
  const failed = ledger?.newerFailed;
  if (!failed || failed.etag === ledger.etag) return {};
  return { newerVersion: { status: 'failed' as const, error: failed.error, at: failed.at } };
}
