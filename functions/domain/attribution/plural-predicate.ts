import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { runOnToClauseEnd } from './content-run-on';

/**
 * "and" and a plural verb right after a content's end: "the comments were
 * meant to motivate him | , and were not intended to be offensive".
 */
const PLURAL_VERB = /^,?\s+and\s+(?:(?:also|still|not|never|then)\s+)?(?:are|were|have)\s/u;

/** A source that is one person by its words alone. */
const ONE_PERSON = /^(?:he|she)$/iu;

/**
 * "Aragones insisted the comments were meant to motivate the player, and
 * were not intended to be offensive": the tagger ends the content before
 * "and were …", whose plural verb cannot be the one person who speaks
 * ("he", "she", or a source ending on a person's name), so it goes on the
 * content's subject. The content goes on to the end of that clause, within
 * the sentence, unless that would take in a cue or source (`taken`). A body
 * ("Labour have …") may take a plural verb, so only persons count.
 */
export function overPluralPredicate(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  persons: readonly Range[],
  a: Attribution,
): Attribution {
  const last = a.content.at(-1);
  const source = a.source?.at(-1);
  if (!last || !source) return a;
  const and = PLURAL_VERB.exec(text.slice(last.end, last.end + 40));
  if (!and) return a;
  const words = text.slice(source.start, source.end).trim();
  if (!ONE_PERSON.test(words) && !persons.some((m) => m.end === source.end)) return a;
  return runOnToClauseEnd(text, sentences, taken, a, last, last.end + and[0].length);
}
