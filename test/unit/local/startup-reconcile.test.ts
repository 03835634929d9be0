import { describe, expect, it } from 'vitest';
import type { ReconcileReport } from '../../../functions/domain/pipeline/reconcile';
import { startupReconcile } from '../../../local/startup-reconcile';

const report = (enqueued: number, removed = 0, resultsChanged = 0): ReconcileReport => ({
  mode: 'full',
  listed: 10,
  skipped: 0,
  enqueued: enqueued + removed + resultsChanged,
  inProgress: 0,
  folderMarkers: 0,
  resultsMissing: 0,
  resultsChanged,
  strayResults: 0,
  reasons: { new: enqueued, changed: 0, outdated: 0, interrupted: 0, removed },
  resumeAfter: null,
  resumeSweep: null,
});

describe('startupReconcile', () => {
  // the pass itself logs what it queued, as every pass does (reportLines): said here too, it came twice
  it('adds no line of its own for objects re-queued', async () => {
    const lines: string[] = [];
    expect(
      await startupReconcile(
        async () => report(3, 2, 1),
        (m) => lines.push(m),
      ),
    ).toMatchObject({ enqueued: 6 });
    expect(lines).toEqual([]);
  });

  it('keeps the stack up when the pass fails, saying the next pass retries', async () => {
    const lines: string[] = [];
    const failing = async (): Promise<ReconcileReport> => {
      throw new Error('injected transient fault in ListObjectsV2Command');
    };
    expect(await startupReconcile(failing, (m) => lines.push(m))).toBeNull();
    expect(lines).toEqual([
      'start-up reconcile failed, the next pass retries: injected transient fault in ListObjectsV2Command',
    ]);
  });

  // The lock on the state folder says no other stack runs on it: a live lease at
  // start-up is one the crash left, and the queued message that would have
  // retried its key died with the crashed process.
  it('checks again once the leases a crash left run out, since the start-up pass skips keys still leased', async () => {
    const lines: string[] = [];
    // the start-up pass, which skipped three keys still leased, then the pass after their leases
    const passes: ReconcileReport[] = [{ ...report(2), inProgress: 3 }, report(3)];
    let calls = 0;
    const delays: number[] = [];
    const later = (fn: () => void, ms: number) => {
      delays.push(ms);
      fn();
    };
    await startupReconcile(
      async () => passes[calls++] as ReconcileReport,
      (m) => lines.push(m),
      { leaseMs: 20_000, later },
    );
    await new Promise((r) => setImmediate(r));
    expect(calls).toBe(2);
    expect(delays).toEqual([20_000]);
    expect(lines).toContain(
      '3 objects a crash left claimed: checked again in 20 s, when their leases have run out',
    );
  });

  it('does not check again when no object was left claimed', async () => {
    let calls = 0;
    const later = (fn: () => void) => fn();
    await startupReconcile(
      async () => {
        calls++;
        return report(2);
      },
      () => undefined,
      { leaseMs: 20_000, later },
    );
    expect(calls).toBe(1);
  });
});
