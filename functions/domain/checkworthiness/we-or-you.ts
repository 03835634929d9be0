import { withoutInnerQuotes } from './first-person';
import { hasFigure } from './quantities';

/**
 * The writer speaking for a "we" or to a "you" with no figure: a review, a
 * column's view, advice or a reader's comment ("We will never know why …",
 * "We rate the statement Mostly True.", "Building your own machine is easier
 * than it used to be", "it is addictive enough to have you gagging for one
 * last go"). News narration tells of third persons; a figure (a price, a
 * count, a multiple) keeps the sentence, there being something to check
 * ("Afterwards you'll pay $6.99 per month.", "six times more data than the
 * DVDs we are used to"). "you" and "your" anywhere, "we" only as a subject,
 * not "our universe" or "enables us to"; a title's capital ("Be With You")
 * and a quote closed within the sentence do not count.
 */
export function isWeOrYou(sentence: string): boolean {
  return WE_OR_YOU_RE.test(withoutInnerQuotes(sentence)) && !hasFigure(sentence);
}

/** "you", "your", "we" in lower case, or opening the sentence before a word in lower case ("You control a…", "We're seeing…"). */
const WE_OR_YOU_RE =
  /(?<![\p{L}\p{N}'’])(?:you|your|yours|yourself|we)(?![\p{L}\p{N}])|^["“‘(\s]{0,3}(?:You|Your|We)(?:['’](?:re|ll|ve|d))?\s+\p{Ll}/u;
