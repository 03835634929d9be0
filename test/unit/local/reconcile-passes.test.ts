import { describe, expect, it } from 'vitest';
import type { BatchReport } from '../../../functions/batch/handler';
import { reportLines } from '../../../local/reconcile-passes';

const quiet = {
  resultsMissing: 0,
  resultsChanged: 0,
  strayResults: 0,
  listed: 10,
  reasons: { new: 0, changed: 0, outdated: 0, interrupted: 0, removed: 0 },
  deadLetters: { recorded: [] },
} as unknown as BatchReport;

describe("a local reconcile pass's log lines", () => {
  it('are none for a pass that found everything in order', () => {
    expect(reportLines(quiet)).toEqual([]);
    expect(reportLines({ ...quiet, deadLetters: null })).toEqual([]);
  });

  it('name what the operator acts on, a line each', () => {
    const busy = {
      ...quiet,
      resultsMissing: 2,
      strayResults: 1,
      reasons: { ...quiet.reasons, removed: 3 },
      deadLetters: { recorded: ['incoming/a.txt', 'incoming/b.txt'] },
    } as unknown as BatchReport;
    expect(reportLines(busy)).toEqual([
      'reconcile: dead letters with no outcome recorded, now failed DEAD_LETTERED: incoming/a.txt, incoming/b.txt',
      'reconcile: re-indexing files whose results objects were missing: 2',
      'reconcile: deleted results objects no article named: 1',
      'reconcile: removal queued for objects gone from the bucket but still indexed: 3',
    ]);
  });

  // the minute's pass logged nothing when it queued files a lost bucket event left; only the start-up pass did
  it('say how many stored objects a pass queued, and why, for every pass', () => {
    const lost = { ...quiet, reasons: { ...quiet.reasons, new: 3 } } as BatchReport;
    expect(reportLines(lost)).toEqual(['reconcile: queued 3 of 10 stored objects: 3 not yet indexed']);
  });

  it('give each reason, after an extractor change objects indexed by another version', () => {
    const reasons = { ...quiet.reasons, new: 1, changed: 2, outdated: 3, interrupted: 1 };
    expect(reportLines({ ...quiet, reasons } as BatchReport)).toEqual([
      'reconcile: queued 7 of 10 stored objects: 1 not yet indexed, 2 changed since indexed, 3 indexed by another extractor version, 1 cut off while indexed',
    ]);
  });

  it('count neither removals nor re-indexing for results objects as stored objects queued', () => {
    const report = {
      ...quiet,
      resultsChanged: 2,
      reasons: { ...quiet.reasons, new: 1, removed: 4 },
    } as BatchReport;
    expect(reportLines(report)).toEqual([
      'reconcile: queued 1 of 10 stored objects: 1 not yet indexed',
      'reconcile: re-indexing files whose results objects were not the ones ingest wrote: 2',
      'reconcile: removal queued for objects gone from the bucket but still indexed: 4',
    ]);
  });
});
