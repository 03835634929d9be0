import { articleId } from '../index/keys';
import type { LedgerRecord } from '../index/records';
import { type ResultsDeps, type ResultsListing, requeuer, versionOf } from './missing-results';

/*
 * Indexed articles whose results object is there but is not the one ingest
 * wrote (overwritten, corrupted, restored from elsewhere): GET
 * /articles/{id} answers 502 RESULT_UNREADABLE, or serves what is there.
 * Ingest records the ETag PutObject gave each results object on the file's
 * ledger (LedgerRecord.resultEtags); a full pass reads every ledger anyway,
 * and its listing of results/ has every object's ETag, so the two are
 * compared without reading or HEADing an object. A file with an article
 * whose results object has another ETag is marked and queued as a missing
 * one is (./missing-results). A results object gone is the orphan sweep's
 * check to count (resultsMissing), not this one's; a ledger written before
 * ETags were recorded has nothing to compare and is taken as fine.
 */

/** Checks a page of ledgers (with no other reason to queue their file); says how many files it queued. */
export function changedResultsChecker(deps: ResultsDeps, listing: ResultsListing) {
  const requeue = requeuer(deps, listing);
  return async (ledgers: LedgerRecord[]) =>
    requeue(
      ledgers
        .filter((ledger) => ledger.status === 'indexed' && changed(deps, listing, ledger))
        .map((l) => l.key),
    );
}

function changed(deps: ResultsDeps, listing: ResultsListing, ledger: LedgerRecord): boolean {
  return Object.entries(ledger.resultEtags ?? {}).some(([part, etag]) => {
    const key = `${deps.resultsPrefix}${articleId(ledger.key, Number(part))}.json`;
    return listing.keys.has(key) && !listing.versions.has(versionOf(key, etag));
  });
}
