import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

const blank = (text: string, i: number) => /\s/u.test(text.charAt(i));

/** Where `f` ends without the comma it ends on (blanks around it too); its own end if none, or if nothing comes before. */
function endBeforeComma(text: string, f: Range): number {
  let end = f.end;
  while (end > f.start && blank(text, end - 1)) end--;
  if (end <= f.start || text.charAt(end - 1) !== ',') return f.end;
  end--;
  while (end > f.start && blank(text, end - 1)) end--;
  return end > f.start ? end : f.end;
}

/**
 * "…the local council polls, | one of their frontbenchers has predicted":
 * the tagger's content before a cue sometimes takes the comma that sets the
 * cue off. It is no part of what was said (PolNeAR leaves it out, and the
 * metric trims it), so each content fragment ends before it.
 */
export function withoutEndComma(text: string, a: Attribution): Attribution {
  const ends = a.content.map((f) => endBeforeComma(text, f));
  if (ends.every((end, i) => end === a.content[i]?.end)) return a;
  return { ...a, content: a.content.map((f, i) => ({ start: f.start, end: ends[i] ?? f.end })) };
}
