import { withoutInnerQuotes } from './first-person';

/**
 * A sentence inside a quote that runs over several: it opens on a quote
 * mark that does not close within it ("“It was a 75-minute play …"), or
 * ends on one it never opened ("… only one has been broken, not just a
 * textbook.""). Someone's words whose tag the tagger missed, not the
 * writer's statement; a quote opened and closed within the sentence (a
 * title, a phrase quoted in narration) does not count.
 */
export function isQuoteFragment(sentence: string): boolean {
  // a space first, so a quote that opens the sentence and closes in it is masked too
  return FRAGMENT_RE.test(withoutInnerQuotes(` ${sentence}`));
}

/** A quote mark opening the sentence or closing it, left after the closed quotes are masked. */
const FRAGMENT_RE = /^\s{1,5}["“]|["”][\s)]{0,4}$/u;
