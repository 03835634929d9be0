import type { ReconcileReport } from '../functions/domain/pipeline/reconcile';

/** What each reason a pass re-queues an object for says; after an extractor change most are outdated, not unindexed. */
const SAYS = {
  new: 'not yet indexed',
  changed: 'changed since indexed',
  outdated: 'indexed by an older extractor',
  interrupted: 'cut off while indexed',
} as const;

const why = (report: ReconcileReport) =>
  (Object.keys(SAYS) as (keyof typeof SAYS)[])
    .filter((reason) => report.reasons[reason] > 0)
    .map((reason) => `${report.reasons[reason]} ${SAYS[reason]}`)
    .join(', ');

/**
 * The start-up pass picks up work a crash cut off. If it fails (S3 or
 * DynamoDB unavailable for a moment) the stack keeps running: the interval
 * pass retries it, as EventBridge Scheduler would on AWS.
 */
export async function startupReconcile(
  reconcile: () => Promise<ReconcileReport>,
  log: (message: string) => void,
): Promise<ReconcileReport | null> {
  try {
    const report = await reconcile();
    // removals and re-indexing for lost results are the stack's to report, as for every pass
    const requeued = report.enqueued - report.reasons.removed - report.resultsMissing - report.resultsChanged;
    if (requeued > 0) log(`re-queued ${requeued} of ${report.listed} stored objects: ${why(report)}`);
    return report;
  } catch (err) {
    log(`start-up reconcile failed, the next pass retries: ${(err as Error).message}`);
    return null;
  }
}
