import type { ObjectSummary } from '../index/ports';
import type { LedgerRecord } from '../index/records';
import { changedResultsChecker } from './changed-results';
import { isFolderMarker } from './folder-marker';
import { KeySet } from './key-set';
import { listResults, type ResultsDeps, type ResultsListing, resultsChecker } from './missing-results';
import { type PageCheck, type SweepDeps, type SweepPosition, sweepOrphans } from './orphan-sweep';
import { sweepStrayResults } from './stray-results';

/** `removed`: objects gone from the bucket whose articles the index still holds (a full pass's orphan sweep). */
export type ReconcileReason = 'new' | 'changed' | 'outdated' | 'interrupted' | 'removed';

/**
 * The bucket, index, queue and prefix, and the removal message: SweepDeps;
 * the results prefix and the message for an object (the same shape S3
 * notifications have): ResultsDeps.
 */
export interface ReconcileDeps extends SweepDeps, ResultsDeps {
  extractorVersion: string;
  progress?: (report: ReconcileReport) => void;
}

/**
 * A full pass reads the ledger of every object. A recent pass reads only those
 * of objects written since `modifiedSince` (plus the first page, a probe),
 * since older ones were checked by earlier passes; listing stays complete and
 * costs little (a request per 1,000 objects, against a read per object).
 */
export interface ReconcileOptions {
  modifiedSince?: Date;
  /** Lists only keys after this one: a pass cut short goes on where it stopped. */
  startAfter?: string;
  /** Time left to run; below STOP_RESERVE_MS the pass stops between pages, saying where. */
  timeLeftMs?: () => number;
  /** Goes on with the orphan sweep of a full pass cut short, from here: its listing is done. */
  sweep?: SweepPosition;
}

/** Kept for the page in hand and for saving where to go on (a page is one ledger read and ten sends). */
export const STOP_RESERVE_MS = 60_000;

export interface ReconcileReport {
  /** Recent passes turn full when the probe finds objects from an older extractor. */
  mode: 'full' | 'recent';
  /** Objects listed, folder markers aside. */
  listed: number;
  /** Keys ending in "/" (folder markers, not articles): listed, neither checked nor queued. */
  folderMarkers: number;
  /** Files queued for re-indexing by a full pass because an indexed article's results object was missing (./missing-results). */
  resultsMissing: number;
  /** Files queued for re-indexing by a full pass because an indexed article's results object had another ETag than ingest recorded (./changed-results). */
  resultsChanged: number;
  /** Results objects no article named, deleted by a full pass (./stray-results). */
  strayResults: number;
  /** Objects older than a recent pass's window: listed, their ledgers not read. */
  skipped: number;
  enqueued: number;
  /** Objects skipped because a live lease says someone is processing them. */
  inProgress: number;
  reasons: Record<ReconcileReason, number>;
  /** The last key checked when time ran out with keys left to check; null when the listing finished. */
  resumeAfter: string | null;
  /** Where the orphan sweep goes on when time ran out before it finished; null when done or not run. */
  resumeSweep: SweepPosition | null;
}

const PAGE = 100;

/** Why an object needs (re)processing, or null when its index record is current. */
export function reconcileReason(
  object: ObjectSummary,
  ledger: LedgerRecord | undefined,
  extractorVersion: string,
  now: number,
): Exclude<ReconcileReason, 'removed'> | null {
  if (!ledger) return 'new';
  if (ledger.leaseUntil !== null && ledger.leaseUntil > now) return null;
  if (ledger.status === 'processing') return 'interrupted';
  // a version whose failure the dead-letter pass noted is left alone, as a DEAD_LETTERED one is
  if (ledger.etag !== object.etag) return ledger.newerFailed?.etag === object.etag ? null : 'changed';
  if (ledger.extractorVersion !== extractorVersion) return 'outdated';
  return null;
}

/**
 * Lists the ingest prefix and queues every object whose index record is
 * missing, stale, from an older extractor, or left half-done by a crash;
 * a full pass then sweeps the index for articles whose object is gone
 * (./orphan-sweep). A bucket too big for one run is checked over several:
 * the pass stops between pages while there is time left and reports where
 * to go on.
 */
export async function reconcile(
  deps: ReconcileDeps,
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const now = (deps.now ?? Date.now)();
  const since = options.modifiedSince?.getTime();
  const report: ReconcileReport = {
    mode: since === undefined ? 'full' : 'recent',
    listed: 0,
    skipped: 0,
    enqueued: 0,
    inProgress: 0,
    folderMarkers: 0,
    resultsMissing: 0,
    resultsChanged: 0,
    strayResults: 0,
    reasons: { new: 0, changed: 0, outdated: 0, interrupted: 0, removed: 0 },
    resumeAfter: null,
    resumeSweep: null,
  };
  const timeLeft = options.timeLeftMs ?? (() => Number.POSITIVE_INFINITY);
  const outOfTime = () => timeLeft() < STOP_RESERVE_MS;
  // results/ is listed once a run, and only by a full pass: its ledgers are checked against it, then the sweep's articles
  let results: ResultsListing | null = null;
  const sweep = async (from: SweepPosition) => {
    report.mode = 'full';
    // a resumed sweep lists results/ first: with half the time left at most, so the sweep goes on too
    const listing = results ?? (await listResults(deps, halfGone(timeLeft)));
    const checkResults = listing ? resultsChecker(deps, listing) : null;
    // every article's id, when this run walks them all: a walk resumed midway sees only the rest
    const walked = from.articles === undefined ? new KeySet() : null;
    const check: PageCheck = async (articles, present) => {
      for (const a of articles) walked?.add(a.id);
      if (!checkResults) return;
      const requeued = await checkResults(articles, present);
      report.resultsMissing += requeued;
      report.enqueued += requeued;
    };
    const { removed, resume } = await sweepOrphans(deps, from, outOfTime, check);
    report.reasons.removed += removed;
    report.enqueued += removed;
    report.resumeSweep = resume;
    if (resume === null && walked !== null)
      report.strayResults = await sweepStrayResults(deps, walked, now, outOfTime);
    return report;
  };
  if (options.sweep) return sweep(options.sweep);
  if (since === undefined) results = await listResults(deps, outOfTime);
  const checkChanged = results ? changedResultsChecker(deps, results) : null;
  let page: ObjectSummary[] = [];
  let checked: string | null = null;
  const flush = async () => {
    const ledgers = new Map((await deps.index.getLedgers(page.map((o) => o.key))).map((l) => [l.key, l]));
    const bodies: string[] = [];
    const current: LedgerRecord[] = [];
    for (const object of page) {
      const ledger = ledgers.get(object.key);
      const reason = reconcileReason(object, ledger, deps.extractorVersion, now);
      // An upgraded extractor makes every object outdated: the probe (first page) sees it.
      if (reason === 'outdated') report.mode = 'full';
      if (!reason) {
        if (ledger?.leaseUntil && ledger.leaseUntil > now) report.inProgress++;
        else if (ledger) current.push(ledger);
        continue;
      }
      report.reasons[reason]++;
      bodies.push(deps.message(object));
    }
    if (bodies.length > 0) await deps.queue.send(bodies);
    report.enqueued += bodies.length;
    const changed = (await checkChanged?.(current)) ?? 0;
    report.resultsChanged += changed;
    report.enqueued += changed;
    checked = (page.at(-1) as ObjectSummary).key; // flushed pages are never empty
    deps.progress?.(report);
    page = [];
  };
  for await (const object of deps.objects.list(deps.ingestPrefix, options.startAfter)) {
    // checked so far is a whole number of pages: stopping here loses nothing
    if (page.length === 0 && checked !== null && timeLeft() < STOP_RESERVE_MS) {
      report.resumeAfter = checked;
      return report;
    }
    if (isFolderMarker(object.key)) {
      report.folderMarkers++;
      continue;
    }
    report.listed++;
    const probe = report.listed <= PAGE;
    if (!probe && report.mode === 'recent' && olderThan(object, since as number)) {
      report.skipped++;
      continue;
    }
    page.push(object);
    if (page.length === PAGE) await flush();
  }
  if (page.length > 0) await flush();
  return report.mode === 'full' ? sweep({ after: null }) : report;
}

/** Whether half the time `timeLeft` gives before STOP_RESERVE_MS, from now on, is gone. */
function halfGone(timeLeft: () => number): () => boolean {
  const spare = timeLeft() - STOP_RESERVE_MS;
  return () => timeLeft() - STOP_RESERVE_MS < spare / 2;
}

/** An object without a modification time is treated as recent: checked, never skipped. */
function olderThan(object: ObjectSummary, since: number): boolean {
  return object.lastModified !== undefined && object.lastModified.getTime() < since;
}
