import type { Attribution } from '../extract/types';

/** "told", "tells": a cue whose hearer comes before its content. */
const TELL = /\b(?:told|tells?|telling)$/i;
const PRONOUN = /^(?:he|she|it|they|we|I)$/;
const FINITE = /^(?:had|has|have|was|were|is|are|would|will|could|can|should|must|did|does|do|\p{Ll}+ed)$/u;
/** Words of a hearer, a subject and its verb between the cue and the content: no clause break. */
const GAP = /^[\p{L}\p{N}'’ -]{1,160}$/u;

/**
 * "told BBC Wales he had agreed with Ms Hutt that she …": the content the
 * linker took starts at the last "that"-clause, past the reported clause's
 * own subject; "told the BBC Liverpool were unlikely to win": it starts after
 * the subject and its verb, read as part of the hearer. Either way the content
 * starts back at that subject.
 */
export function toldSubject(text: string, a: Attribution): Attribution {
  const cue = a.cue[a.cue.length - 1];
  const [first, ...rest] = a.content;
  if (!cue || !first || first.start <= cue.end || !TELL.test(text.slice(cue.start, cue.end))) return a;
  const gap = text.slice(cue.end, first.start);
  if (!GAP.test(gap)) return a;
  const words = [...gap.matchAll(/\S+/gu)];
  const start = (i: number) => cue.end + (words[i]?.index ?? 0);
  let from = -1;
  // the subject and verb closing the gap: "the BBC | Liverpool were"
  const last = words.length - 1;
  const subject = words[last - 1]?.[0] ?? '';
  if (last >= 2 && FINITE.test(words[last]?.[0] ?? '') && /^(?:\p{Lu}|he$|she$|they$|we$|it$)/u.test(subject))
    from = start(last - 1);
  // a pronoun and verb inside the gap, before a "that"-clause content
  else if (/^that\s/i.test(text.slice(first.start, first.end))) {
    const i = words.findIndex((w, k) => k > 0 && PRONOUN.test(w[0]) && FINITE.test(words[k + 1]?.[0] ?? ''));
    if (i > 0) from = start(i);
  }
  if (from < 0) return a;
  return { ...a, content: [{ start: from, end: first.end }, ...rest] };
}
