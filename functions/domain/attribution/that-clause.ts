import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { runContentOn, sentenceClose, soleContentAfterCue } from './content-run-on';

/**
 * "understood that while military measures were important, there also
 * needed to be …", "preferred to state that, as with other issues, the
 * government's instinct was …": the tagger ends the content on "that"
 * where an adverbial clause or phrase opens, leaving the word alone. When
 * "that" follows its cue and a subordinator or preposition comes next, it
 * opens the clause, and the content runs to the sentence's end. A "that"
 * before ", but" or a name ("acknowledges that, but", "Having said that,
 * Mark is") is a pronoun and stays.
 */
const OPENS_ASIDE =
  /^,?\s+(?:as|like|while|whilst|when|if|even|although|though|despite|given|because|unless|once|since|after|before|in|with|without|under|following)\s/u;

/** Between the cue and "that": nothing but spaces (a hearer, "told MPs that", is another rule's). */
const RIGHT_AFTER = /^\s{1,3}$/u;

export function overThatClause(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const content = soleContentAfterCue(a);
  if (!content || text.slice(content.start, content.end) !== 'that') return a;
  if (!RIGHT_AFTER.test(text.slice((a.cue.at(-1) as Range).end, content.start))) return a;
  if (!OPENS_ASIDE.test(text.slice(content.end, content.end + 16))) return a;
  const sentence = sentenceAt(sentences, content.end);
  if (!sentence) return a;
  return runContentOn(a, content, taken, content.end, sentenceClose(text, content.end, sentence));
}
