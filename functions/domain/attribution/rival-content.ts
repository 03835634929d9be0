import type { Run } from './tags';

/**
 * `DuVernay said she felt X. "…," she said.` The linker of the second cue
 * can take part of the first cue's content; the edges then stretch over the
 * first cue, and the first attribution, nested, is dropped. A run that
 * follows an earlier cue closely and overlaps that cue's content is that
 * cue's: the runs returned leave it out (the same array when none is left
 * out), for the later cue to settle without it.
 */
export function withoutRivalContent(cues: Run[], linked: Run[][]): Run[][] {
  return linked.map((runs, i) => {
    const kept = runs.filter(
      (run) =>
        run.role !== 'content' ||
        !linked.some(
          (other, j) =>
            j !== i &&
            (cues[j] as Run).last < run.first &&
            run.last < (cues[i] as Run).first &&
            distance(run, cues[j] as Run) <= NEAR &&
            other.some((o) => o.role === 'content' && o.first <= run.last && run.first <= o.last),
        ),
    );
    return kept.length === runs.length ? runs : kept;
  });
}

/** Tokens between two runs; 0 when they touch or overlap. */
export function distance(a: Run, b: Run): number {
  return Math.max(0, a.last < b.first ? b.first - a.last - 1 : a.first - b.last - 1);
}

/** Tokens between a cue and a run that is its complement (tuned on PolNeAR dev: 5 to 12 score alike). */
const NEAR = 5;
