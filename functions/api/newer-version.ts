import type { LedgerRecord, NewerFailure } from '../domain/index/records';

/**
 * What an indexed file's articles show of a newer version of it that failed
 * where the batch could not replace them (LedgerRecord.newerFailed): without
 * it they read as the file's newest state, though the bucket holds another.
 */
export function newerVersion(ledger: LedgerRecord | null) {
  const failed = ledger?.newerFailed;
  if (!failed || failed.etag === ledger.etag) return {};
  return shown(failed);
}

/** The same for a row GET /articles?status=failed lists with its file's note (ListedArticle.newerFailed). */
export function listedNewerVersion(row: { newerFailed?: NewerFailure }) {
  return row.newerFailed ? shown(row.newerFailed) : {};
}

function shown(failed: NewerFailure) {
  return { newerVersion: { status: 'failed' as const, error: failed.error, at: failed.at } };
}
