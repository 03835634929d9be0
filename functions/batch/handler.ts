import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger } from '../commons/logger';
import { type DeadLetterReport, recordDeadLetters } from '../domain/pipeline/dead-letters';
import {
  decodeSweepPosition,
  encodeSweepPosition,
  type SweepPosition,
} from '../domain/pipeline/orphan-sweep';
import { type ReconcileReport, reconcile } from '../domain/pipeline/reconcile';
import { type BatchDeps, batchDepsFromEnv } from './deps';
import { reconcileOptions } from './event';

// its own logger: locally the api runs in this process, and its requests would put their Lambda context on a shared one
const log = logger.createChild();

/** What a pass did, and where it went on from when it continued a pass cut short. */
export type BatchReport = ReconcileReport & {
  resumedAfter: string | null;
  resumedSweep: SweepPosition | null;
  /** The ingest DLQ's read (null: no DLQ configured, or reading it failed, as logged). */
  deadLetters: DeadLetterReport | null;
};

/**
 * Scheduled reconcile: the bucket against the index, full or recent as the
 * payload asks (./event). A pass cut short by the function's timeout saves
 * where it stopped (in its listing, or in a full pass's orphan sweep), and
 * the next invocation goes on from there, as a full pass, before anything
 * new starts.
 */
export function createBatchHandler(resolveDeps: () => BatchDeps) {
  let deps: BatchDeps | undefined;
  return middy(async (event: unknown, context: Context): Promise<BatchReport> => {
    deps ??= resolveDeps();
    const requested = reconcileOptions(event, (deps.now ?? Date.now)());
    // first, so a file recorded failed here is not queued again by this pass's listing
    const deadLetters = await readDeadLetters(deps);
    const resumedAfter = await deps.cursor.load();
    const savedSweep = await deps.sweepCursor.load();
    // a listing to go on with starts its sweep afresh when done
    const resumedSweep = savedSweep && !resumedAfter ? decodeSweepPosition(savedSweep) : null;
    if (resumedAfter || resumedSweep)
      log.info('reconcile goes on from a pass cut short', { resumedAfter, resumedSweep });
    let logged = 0;
    const report = await reconcile(
      {
        ...deps,
        progress: (r) => {
          if (r.listed - logged >= 1000) {
            logged = r.listed;
            log.info('reconcile progress', { ...r });
          }
        },
      },
      {
        ...(resumedAfter ? { startAfter: resumedAfter } : resumedSweep ? { sweep: resumedSweep } : requested),
        timeLeftMs: () => context.getRemainingTimeInMillis(),
      },
    );
    if (report.resumeAfter !== resumedAfter) await deps.cursor.save(report.resumeAfter);
    const sweep = report.resumeSweep && encodeSweepPosition(report.resumeSweep);
    if (sweep !== savedSweep) await deps.sweepCursor.save(sweep);
    const cut = report.resumeAfter !== null || report.resumeSweep !== null;
    log.info(cut ? 'reconcile cut short; the next pass goes on' : 'reconcile done', { ...report });
    if (report.folderMarkers > 0)
      log.info('reconcile skipped folder markers: keys ending in "/" are not articles', {
        folderMarkers: report.folderMarkers,
      });
    if (report.resultsMissing > 0)
      log.warn('indexed articles had lost their results objects: their files are queued for re-indexing', {
        resultsMissing: report.resultsMissing,
      });
    if (report.resultsChanged > 0)
      log.warn(
        'indexed articles had results objects other than the ones ingest wrote: their files are queued for re-indexing',
        { resultsChanged: report.resultsChanged },
      );
    if (report.strayResults > 0)
      log.warn('results objects no article named were deleted', { strayResults: report.strayResults });
    if (report.reasons.removed > 0)
      log.warn('objects gone from the bucket were still indexed: their removal is queued', {
        removed: report.reasons.removed,
      });
    return { ...report, resumedAfter, resumedSweep, deadLetters };
  }).use(injectLambdaContext(log, { resetKeys: true }));
}

/**
 * Records DEAD_LETTERED on the files the ingest DLQ names with no outcome
 * recorded (domain/pipeline/dead-letters), consuming nothing. A failure to
 * read the queue is logged and the reconcile pass still runs.
 */
async function readDeadLetters(deps: BatchDeps): Promise<DeadLetterReport | null> {
  if (!deps.deadLetters) return null;
  try {
    const report = await recordDeadLetters({ ...deps, ...deps.deadLetters });
    const { recorded, earlierIndexed, unreadable, errors } = report;
    if (report.read > 0) log.info('ingest dead letters read', { read: report.read, ...report.outcomes });
    if (recorded.length > 0)
      log.warn('files dead-lettered with no outcome recorded were marked failed (DEAD_LETTERED)', {
        recorded,
      });
    if (earlierIndexed.length > 0)
      log.warn('files dead-lettered with an earlier version still indexed: left as they are', {
        earlierIndexed,
      });
    for (const { id, reason } of unreadable)
      log.warn('a dead letter is no S3 event ingest reads: left in the queue', { messageId: id, reason });
    for (const { key, reason } of errors) log.warn('recording a dead-lettered file failed', { key, reason });
    return report;
  } catch (err) {
    log.error('reading the ingest dead-letter queue failed', { reason: (err as Error).message });
    return null;
  }
}

export const handler = createBatchHandler(() => batchDepsFromEnv());
