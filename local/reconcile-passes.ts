import { batchDepsFromEnv } from '../functions/batch/deps';
import { reconcileOptions } from '../functions/batch/event';
import { type BatchReport, createBatchHandler } from '../functions/batch/handler';
import { BATCH_TIMEOUT_SECONDS } from '../functions/batch/timeout';
import type { AwsClients } from '../functions/commons/clients';
import type { Config } from '../functions/commons/config';
import type { ReconcileReport } from '../functions/domain/pipeline/reconcile';
import { fileDeadLetters } from './dead-letter';
import { localContext } from './lambda-context';
import { everyUnlessRunning } from './periodic';
import type { LocalQueue } from './queue';

export type LastReconcile = (ReconcileReport & { startedAt: string }) | null;

export interface ReconcilePasses {
  /** A pass; while one runs (the timer's, or another asked for), that one's report. */
  run(): Promise<ReconcileReport>;
  /**
   * A pass asked for by hand with the batch function's event (`{"mode":"full"}`, as `aws lambda
   * invoke` sends it on AWS): an invalid one throws the handler's error; while a pass runs, that one's report.
   */
  invoke(event: unknown): Promise<BatchReport>;
  /** The last pass's report, with when it started (GET /health's local block shows it). */
  last(): LastReconcile;
  stop(): void;
}

/**
 * The batch function's passes on a timer, as the schedule runs them on AWS:
 * reconcile, the dead-letter pass over the local dead letters and the result
 * checks, one pass at a time, each logging what it did that an operator acts on.
 */
export function startReconcilePasses(
  config: Config,
  clients: AwsClients,
  queue: LocalQueue,
  options: { deadLetters: string; intervalMs: number; log: (message: string) => void },
): ReconcilePasses {
  const batch = createBatchHandler(() =>
    batchDepsFromEnv(
      config,
      {
        send: async (bodies) => {
          for (const body of bodies) queue.send(body);
        },
      },
      clients,
      fileDeadLetters(options.deadLetters),
    ),
  );
  let last: LastReconcile = null;
  const reconcile = async (event: unknown = {}) => {
    const startedAt = new Date().toISOString();
    // the batch function's timeout on AWS (15 minutes), so a pass stops for time as it would there
    const report = (await batch(
      event,
      localContext('claimtrail-batch', BATCH_TIMEOUT_SECONDS * 1000),
    )) as BatchReport;
    last = { ...report, startedAt };
    for (const line of reportLines(report)) options.log(line);
    return report;
  };
  // one pass at a time, timed or asked for (the start-up pass): a pass over a big bucket can outlast the interval.
  // A timed pass waits for an empty queue: one while files wait there queued each of them again (every
  // outdated file, each minute of a re-index after an extractor change), for ingest to drop as duplicates.
  const passes = everyUnlessRunning(
    reconcile,
    options.intervalMs,
    (err) => options.log(`reconcile failed: ${err.message}`),
    () => queue.empty,
  );
  return {
    run: () => passes.run(),
    invoke: (event) => {
      // checked before joining a pass already running, which would answer for a payload it never read
      reconcileOptions(event, Date.now());
      return passes.run(event);
    },
    last: () => last,
    stop: () => clearInterval(passes.timer),
  };
}

/** What each reason a pass queues a stored object for says; after an extractor change most are outdated, not unindexed. */
const SAYS = {
  new: 'not yet indexed',
  changed: 'changed since indexed',
  // not "older": a rollback, or CLAIMTRAIL_EXTRACTOR switched back from rules, re-queues too
  outdated: 'indexed by another extractor version',
  interrupted: 'cut off while indexed',
} as const;

/** What a pass did that an operator acts on, a line each; nothing for a pass that found all in order. */
export function reportLines(report: BatchReport): string[] {
  const lines: string[] = [];
  // every pass, not only the start-up one: a minute's pass that finds files a lost bucket event left says so
  const why = (Object.keys(SAYS) as (keyof typeof SAYS)[])
    .filter((reason) => report.reasons[reason] > 0)
    .map((reason) => `${report.reasons[reason]} ${SAYS[reason]}`);
  const queued =
    report.reasons.new + report.reasons.changed + report.reasons.outdated + report.reasons.interrupted;
  if (queued > 0)
    lines.push(`reconcile: queued ${queued} of ${report.listed} stored objects: ${why.join(', ')}`);
  const dead = report.deadLetters;
  if (dead && dead.recorded.length > 0)
    lines.push(
      `reconcile: dead letters with no outcome recorded, now failed DEAD_LETTERED: ${dead.recorded.join(', ')}`,
    );
  if (report.resultsMissing > 0)
    lines.push(`reconcile: re-indexing files whose results objects were missing: ${report.resultsMissing}`);
  if (report.resultsChanged > 0)
    lines.push(
      `reconcile: re-indexing files whose results objects were not the ones ingest wrote: ${report.resultsChanged}`,
    );
  if (report.strayResults > 0)
    lines.push(`reconcile: deleted results objects no article named: ${report.strayResults}`);
  if (report.reasons.removed > 0)
    lines.push(
      `reconcile: removal queued for objects gone from the bucket but still indexed: ${report.reasons.removed}`,
    );
  return lines;
}
