import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { takesIn } from './dash-aside';

/** The content a run-on rule may stretch: the attribution's only one, after its last cue. */
export function soleContentAfterCue(a: Attribution): Range | undefined {
  const cue = a.cue.at(-1);
  const content = a.content[0];
  return a.content.length === 1 && cue && content && content.start >= cue.end ? content : undefined;
}

/**
 * The attribution with its one content run on to `end`, past the stretch from
 * `from`; left as it was when that gains nothing or takes in a cue or source
 * (this claim's or another's: `taken`).
 */
export function runContentOn(
  a: Attribution,
  content: Range,
  taken: readonly Range[],
  from: number,
  end: number,
): Attribution {
  if (end <= from || takesIn(taken, content.end, end)) return a;
  return { ...a, content: [{ start: content.start, end }] };
}
