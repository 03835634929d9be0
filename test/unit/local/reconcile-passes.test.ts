import { describe, expect, it } from 'vitest';
import type { BatchReport } from '../../../functions/batch/handler';
import { reportLines } from '../../../local/reconcile-passes';

const quiet = {
  resultsMissing: 0,
  resultsChanged: 0,
  strayResults: 0,
  reasons: { removed: 0 },
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
      reasons: { removed: 3 },
      deadLetters: { recorded: ['incoming/a.txt', 'incoming/b.txt'] },
    } as unknown as BatchReport;
    expect(reportLines(busy)).toEqual([
      'reconcile: dead letters with no outcome recorded, now failed DEAD_LETTERED: incoming/a.txt, incoming/b.txt',
      'reconcile: re-indexing files whose results objects were missing: 2',
      'reconcile: deleted results objects no article named: 1',
      'reconcile: removal queued for objects gone from the bucket but still indexed: 3',
    ]);
  });
});
