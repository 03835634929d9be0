import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { runOnToClauseEnd, soleContentAfterCue } from './content-run-on';

/** The aside's closing comma, then the verb or "to" its clause goes on with. */
const CLOSING_COMMA =
  /^,\s+(?=(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|to)\s)/u;
/**
 * The aside's opening comma inside the content, and no comma after it: a
 * relative, "such as", a clause of time or condition, or a name set beside
 * the noun before it (", Lord Woolf").
 */
const OPENING_COMMA =
  /,\s+(?:(?:which|who|whose|such as|when|while|if|once)\s[^,;:\n"“”.!?()]{1,150}|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)$/u;

/**
 * "Analysts now expect other iron ore producers, such as Australia's BHP
 * Billiton | , to seek annual price rises", "calling on the senior judge,
 * Lord Woolf | , to abandon draft guidelines": the tagger ends a content after
 * its cue at the comma closing an aside the content holds, leaving the
 * subject (or object) without the verb it goes on with. A content of one
 * piece ending there goes on over the comma to its clause's end, within the
 * sentence, unless that would take in a cue or source (`taken`).
 */
export function throughClosingComma(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const content = soleContentAfterCue(a);
  if (!content) return a;
  const closing = CLOSING_COMMA.exec(text.slice(content.end, content.end + 12));
  if (!closing || !OPENING_COMMA.test(text.slice(content.start, content.end))) return a;
  return runOnToClauseEnd(text, sentences, taken, a, content, content.end + closing[0].length);
}
