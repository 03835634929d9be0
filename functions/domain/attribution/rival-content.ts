import type { Run } from './tags';

/**
 * `DuVernay said she felt X. "…," she said.` The linker of the second cue
 * can take part of the first cue's content; the edges then stretch over the
 * first cue, and the first attribution, nested, is dropped (and the other
 * way round: `who said A. "B," Mr. Sharpton said`). A content run two cues
 * link goes to the one it is the closer complement of: the runs returned
 * leave it out of the other's (the same array when none is left out).
 */
export function withoutRivalContent(
  cues: Run[],
  linked: Run[][],
  quoted: (cue: Run) => boolean = () => false,
): Run[][] {
  return linked.map((runs, i) => {
    const kept = runs.filter((run) => {
      if (run.role !== 'content') return true;
      const mine = closeness(run, cues[i] as Run, runs);
      return !linked.some(
        (other, j) =>
          j !== i &&
          // a cue inside quotation marks is part of someone's quote: it takes nothing
          !quoted(cues[j] as Run) &&
          between(run, cues[i] as Run, cues[j] as Run) &&
          other.some(
            (o) =>
              o.role === 'content' &&
              o.first <= run.last &&
              run.first <= o.last &&
              closeness(o, cues[j] as Run, other) < mine,
          ),
      );
    });
    return kept.length === runs.length ? runs : kept;
  });
}

/**
 * How closely a content run completes its cue: tokens from the cue to a run
 * after it ("said she felt X"), or from a run before it to the source or cue
 * that follows (`"X," Mr. Sharpton said`); Infinity past NEAR or LEAD.
 */
function closeness(run: Run, cue: Run, runs: Run[]): number {
  if (cue.last < run.first) {
    const gap = distance(cue, run);
    return gap <= NEAR ? gap : Number.POSITIVE_INFINITY;
  }
  const opening = runs.filter((r) => r.role !== 'content' && r.first > run.last);
  const gap = Math.min(...opening.map((r) => distance(run, r)));
  return gap <= LEAD ? gap : Number.POSITIVE_INFINITY;
}

const between = (run: Run, a: Run, b: Run) =>
  (a.last < run.first && run.last < b.first) || (b.last < run.first && run.last < a.first);

/** Tokens between two runs; 0 when they touch or overlap. */
export function distance(a: Run, b: Run): number {
  return Math.max(0, a.last < b.first ? b.first - a.last - 1 : a.first - b.last - 1);
}

/** Tokens between a cue and a run that is its complement (tuned on PolNeAR dev: 5 to 12 score alike). */
const NEAR = 5;
/** Tokens between a quote and the source or cue after it: `,"` */
const LEAD = 2;
