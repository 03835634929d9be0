import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { isLeadIn } from './inserted-source';

/** A source and cue set off by commas inside the sentence: ", Mr Clarke said," (an adverb may stand between). */
const SOURCE_BEFORE = /,\s{0,3}$/;
const CUE_TO_CONTENT = /^\s{0,3},\s{0,3}$/;
const SOURCE_TO_CUE = /^[\s\p{L}]{0,30}$/u;
/**
 * A part with a clause break, quote or bracket of its own is no simple
 * opening: "After that fiasco, the 1920 election". An apostrophe inside a
 * word ("Conte’s") is no quote.
 */
const BREAK = /[,;:"“”()[\]\n\u2013\u2014]|\s-\s|(?<!\p{L})[‘’]|[‘’](?!\p{L})/u;
/** "But", "And", "Yet" open the sentence, not the source's words. */
const CONJUNCTION = /^(?:and yet|but|and|so|yet|or)(?:\s+|$)/i;
/** "This is the man who, pundits believe, was …": the writer's words up to the pronoun the clause is about. */
const RELATIVE = /(?<!\bof)\s(?:who|which|whom|that)$/i;
/**
 * A time or place the writer sets the report in ("In the end", "During his
 * years in office", "Six months ago"): PolNeAR leaves it out.
 */
const SETTING = /^(?:in|on|at|during|since|for|after|before|until|by|within|from|over|when|while)\s|\bago$/i;
/** Characters the opening part has at most. */
const MAX_OPENING = 200;

/**
 * "Lenox was a juggernaut, Mr Clarke said, until it went bankrupt": a source
 * and cue set between commas inside their content. The tagger gives the
 * content only the words after the cue; the sentence's words before the
 * source are its first fragment, as PolNeAR marks them. Only an opening
 * with no comma, quote or dash of its own, a conjunction left out, and not a
 * time or place that sets the scene, a sentence adverb or one ending on a
 * relative pronoun; nothing already a cue or source (`taken`) is taken in.
 */
export function withOpeningPart(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const source = a.source?.length === 1 ? a.source[0] : undefined;
  const cue = a.cue.at(-1);
  const content = a.content.length === 1 ? a.content[0] : undefined;
  if (!source || !cue || !content || source.end > (a.cue[0] as Range).start || cue.end > content.start)
    return a;
  if (!CUE_TO_CONTENT.test(text.slice(cue.end, content.start))) return a;
  if (!SOURCE_TO_CUE.test(text.slice(source.end, (a.cue[0] as Range).start))) return a;
  const sentence = sentenceAt(sentences, source.start);
  if (!sentence || source.start - sentence.start > MAX_OPENING + 8) return a;
  const before = text.slice(sentence.start, source.start);
  const comma = SOURCE_BEFORE.exec(before);
  if (!comma) return a;
  let opening = before.slice(0, comma.index);
  const lead = opening.length - opening.trimStart().length;
  opening = opening.trim();
  const conjunction = CONJUNCTION.exec(opening);
  const skip = lead + (conjunction ? conjunction[0].length : 0);
  opening = opening.slice(conjunction ? conjunction[0].length : 0);
  if (!opening || BREAK.test(opening) || SETTING.test(opening) || RELATIVE.test(opening)) return a;
  // a sentence adverb or connective ("Currently", "However") is the writer's link, not the speaker's words
  if (isLeadIn(opening, opening.split(/\s+/).length)) return a;
  const part = { start: sentence.start + skip, end: sentence.start + skip + opening.length };
  if (taken.some((r) => r.start < part.end && part.start < r.end)) return a;
  return { ...a, content: [part, content] };
}
