import type { Sequence } from './features';
import { LINK_REACH } from './linker';
import type { Run } from './tags';

/**
 * The linker reads LINK_REACH tokens each side of a cue: a content run that
 * ends (or starts) right at that edge was cut by the window, not by the
 * model, mid-sentence in a long paragraph of quotes (`…turn round and say
 * 'you` for `…'you're making the wrong decision.'`). Such a run goes on to
 * its sentence's end (or back to its start), unless another cue lies in
 * what it would take: that is the other cue's.
 */
export function pastTheReach(seq: Sequence, runs: Run[], cue: Run, cues: Run[]): Run[] {
  const n = seq.tokens.length;
  const lo = cue.first - LINK_REACH;
  const hi = cue.last + LINK_REACH;
  return runs.map((r) => {
    if (r.role !== 'content') return r;
    let { first, last } = r;
    if (last === hi && hi < n - 1) {
      let end = last;
      while (end + 1 < n && seq.sentence[end + 1] === seq.sentence[last]) end++;
      if (free(cues, last + 1, end)) last = end;
    }
    if (first === lo && lo > 0) {
      let start = first;
      while (start > 0 && seq.sentence[start - 1] === seq.sentence[first]) start--;
      if (free(cues, start, first - 1)) first = start;
    }
    return first === r.first && last === r.last ? r : { ...r, first, last };
  });
}

/** Whether no cue lies in tokens first..last. */
function free(cues: Run[], first: number, last: number): boolean {
  return !cues.some((c) => c.first <= last && first <= c.last);
}
