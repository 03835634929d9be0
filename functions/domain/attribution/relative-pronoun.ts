import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/** "which", a comma at most, then the source: "the stadium, which, Tompkins said, is …". */
const PRONOUN_BEFORE = /(?<![\p{L}\p{N}'’-])which,?\s{1,3}$/u;
/** "during which he said", "all of which": the pronoun there is no subject of the said clause. */
const PREPOSITION =
  /(?<![\p{L}])(?:in|during|of|for|on|at|to|with|by|from|about|under|after|before|through|among|between|against|into|upon|over|without|via|despite|like|than)\s{1,3}$/iu;
/** Between the source and its cue: an adverb or two, a comma at most ("which, Ms Lee said,"). */
const SOURCE_TO_CUE = /^,?[\s\p{L}]{0,30}$/u;

/**
 * "the stadium, which, Tompkins said, is usually full", "which some
 * Republicans want leaders to use": a report the tagger found inside a
 * relative clause, its content only the words after the cue. The pronoun
 * before the source is what the clause says something of, and PolNeAR marks
 * it the content's first fragment (as `relative-report.ts` builds such reports
 * the tagger missed). Only "which" not after a preposition: train gold takes
 * "who", "whom" and "what" there as often as not, and "in which", "during
 * which" set a scene.
 */
export function withRelativePronoun(
  text: string,
  _sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const source = a.source?.length === 1 ? a.source[0] : undefined;
  const cue = a.cue[0];
  const last = a.cue.at(-1);
  if (!source || !cue || !last || source.end > cue.start || !a.content.length) return a;
  if (a.content.some((f) => f.start < last.end)) return a;
  if (!SOURCE_TO_CUE.test(text.slice(source.end, cue.start))) return a;
  const before = text.slice(Math.max(0, source.start - 40), source.start);
  const m = PRONOUN_BEFORE.exec(before);
  if (!m) return a;
  const start = source.start - before.length + m.index;
  if (PREPOSITION.test(text.slice(Math.max(0, start - 20), start))) return a;
  const pronoun = { start, end: start + 'which'.length };
  if (taken.some((r) => r.start < pronoun.end && pronoun.start < r.end)) return a;
  return { ...a, content: [pronoun, ...a.content] };
}
