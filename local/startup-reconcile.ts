import type { ReconcileReport } from '../functions/domain/pipeline/reconcile';

export interface LeftLeases {
  /** How long a lease lasts (LEASE_MS): those a crash left have run out by then. */
  leaseMs: number;
  later?: (run: () => void, ms: number) => void;
}

/**
 * The start-up pass picks up work a crash cut off. If it fails (S3 or
 * DynamoDB unavailable for a moment) the stack keeps running: the interval
 * pass retries it, as EventBridge Scheduler would on AWS.
 *
 * It skips a key whose lease is still live, as every pass does; but the lock
 * on the state folder says no other stack runs on it, so such a lease is one
 * the crash left, and the queued message that would have retried the key died
 * with the crashed process: one more pass runs once those leases are out,
 * rather than leave the keys unindexed until the interval's pass.
 */
export async function startupReconcile(
  reconcile: () => Promise<ReconcileReport>,
  log: (message: string) => void,
  leases?: LeftLeases,
): Promise<ReconcileReport | null> {
  try {
    // what it queued the pass logs itself, as every pass does (./reconcile-passes)
    const report = await reconcile();
    if (leases && report.inProgress > 0) {
      const { leaseMs, later = (run, ms) => setTimeout(run, ms).unref() } = leases;
      log(
        `${report.inProgress} objects a crash left claimed: checked again in ${Math.ceil(leaseMs / 1000)} s, when their leases have run out`,
      );
      later(() => {
        reconcile().catch((err: Error) => log(`reconcile failed: ${err.message}`));
      }, leaseMs);
    }
    return report;
  } catch (err) {
    log(`start-up reconcile failed, the next pass retries: ${(err as Error).message}`);
    return null;
  }
}
