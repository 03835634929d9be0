import type { IndexStore, MessageQueue, ObjectStore, ObjectSummary } from '../index/ports';
import type { LedgerRecord } from '../index/records';

export type ReconcileReason = 'new' | 'changed' | 'outdated' | 'interrupted';

export interface ReconcileDeps {
  objects: ObjectStore;
  index: IndexStore;
  queue: MessageQueue;
  ingestPrefix: string;
  extractorVersion: string;
  /** Builds the queue message for an object: the same shape S3 notifications have. */
  message: (object: ObjectSummary) => string;
  now?: () => number;
  progress?: (report: ReconcileReport) => void;
}

export interface ReconcileReport {
  listed: number;
  enqueued: number;
  /** Objects skipped because a live lease says someone is processing them. */
  inProgress: number;
  reasons: Record<ReconcileReason, number>;
}

const PAGE = 100;

/** Why an object needs (re)processing, or null when its index record is current. */
export function reconcileReason(
  object: ObjectSummary,
  ledger: LedgerRecord | undefined,
  extractorVersion: string,
  now: number,
): ReconcileReason | null {
  if (!ledger) return 'new';
  if (ledger.leaseUntil !== null && ledger.leaseUntil > now) return null;
  if (ledger.status === 'processing') return 'interrupted';
  if (ledger.etag !== object.etag) return 'changed';
  if (ledger.extractorVersion !== extractorVersion) return 'outdated';
  return null;
}

/**
 * Lists the ingest prefix and queues every object whose index record is
 * missing, stale, from an older extractor, or left half-done by a crash.
 */
export async function reconcile(deps: ReconcileDeps): Promise<ReconcileReport> {
  const now = (deps.now ?? Date.now)();
  const report: ReconcileReport = {
    listed: 0,
    enqueued: 0,
    inProgress: 0,
    reasons: { new: 0, changed: 0, outdated: 0, interrupted: 0 },
  };
  let page: ObjectSummary[] = [];
  const flush = async () => {
    const ledgers = new Map((await deps.index.getLedgers(page.map((o) => o.key))).map((l) => [l.key, l]));
    const bodies: string[] = [];
    for (const object of page) {
      const ledger = ledgers.get(object.key);
      const reason = reconcileReason(object, ledger, deps.extractorVersion, now);
      if (!reason) {
        if (ledger?.leaseUntil && ledger.leaseUntil > now) report.inProgress++;
        continue;
      }
      report.reasons[reason]++;
      bodies.push(deps.message(object));
    }
    if (bodies.length > 0) await deps.queue.send(bodies);
    report.enqueued += bodies.length;
    deps.progress?.(report);
    page = [];
  };
  for await (const object of deps.objects.list(deps.ingestPrefix)) {
    report.listed++;
    page.push(object);
    if (page.length === PAGE) await flush();
  }
  if (page.length > 0) await flush();
  return report;
}
