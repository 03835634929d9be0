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
  it('reports objects re-queued after a crash', async () => {
    const lines: string[] = [];
    expect(
      await startupReconcile(
        async () => report(3),
        (m) => lines.push(m),
      ),
    ).toMatchObject({ enqueued: 3 });
    expect(lines).toEqual(['re-queued 3 of 10 stored objects: 3 not yet indexed']);
  });

  it('counts only stored objects as re-queued, not removals of objects gone', async () => {
    const lines: string[] = [];
    await startupReconcile(
      async () => report(3, 2),
      (m) => lines.push(m),
    );
    expect(lines).toEqual(['re-queued 3 of 10 stored objects: 3 not yet indexed']);
  });

  it('counts re-indexing for results objects changed apart, as the stack reports them', async () => {
    const lines: string[] = [];
    await startupReconcile(
      async () => report(3, 0, 2),
      (m) => lines.push(m),
    );
    expect(lines).toEqual(['re-queued 3 of 10 stored objects: 3 not yet indexed']);
  });

  it('says why: after an extractor change, objects indexed by an older one', async () => {
    const lines: string[] = [];
    await startupReconcile(
      async () => ({ ...report(1), enqueued: 4, reasons: { ...report(1).reasons, outdated: 3 } }),
      (m) => lines.push(m),
    );
    expect(lines).toEqual([
      're-queued 4 of 10 stored objects: 1 not yet indexed, 3 indexed by another extractor version',
    ]);
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
