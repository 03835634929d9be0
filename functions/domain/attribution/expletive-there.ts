import type { Attribution } from '../extract/types';

/** A fragment that is only the word "there". */
const THERE = /^\s*there\s*$/i;
/** Only blanks between it and the cue. */
const GAP = /^\s*$/;

/**
 * "There were fears that …", "There has been speculation about …": the
 * tagger sometimes puts the "there" before the cue into the content, as a
 * fragment of its own before the cue. It is no part of what was feared or
 * said (it only stands in for the subject), so that fragment is dropped
 * when the content goes on after the cue.
 */
export function withoutExpletiveThere(text: string, a: Attribution): Attribution {
  const first = a.content[0];
  const cue = a.cue[0];
  if (!first || !cue || a.content.length < 2 || first.end > cue.start) return a;
  if (!THERE.test(text.slice(first.start, first.end)) || !GAP.test(text.slice(first.end, cue.start)))
    return a;
  return { ...a, content: a.content.slice(1) };
}
