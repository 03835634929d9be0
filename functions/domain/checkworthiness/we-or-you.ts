import { withoutInnerQuotes } from './first-person';
import { hasFigure } from './quantities';

/**
 * The writer speaking for a "we" or to a "you" with no figure: a review, a
 * column's view, advice or a reader's comment ("We will never know why …",
 * "We rate the statement Mostly True.", "Building your own machine is easier
 * than it used to be", "it is addictive enough to have you gagging for one
 * last go"). News narration tells of third persons; a figure (a price, a
 * count, a multiple) keeps the sentence, there being something to check
 * ("keeps your phone charged for 10 hours"), unless "we" or
 * "you" is a subject (below). "you" and "your" anywhere, "we" only as a subject,
 * not "our universe" or "enables us to"; a title's capital ("Be With You")
 * and a quote closed within the sentence do not count.
 */
export function isWeOrYou(sentence: string): boolean {
  const text = withoutInnerQuotes(sentence);
  return WE_OR_YOU_RE.test(text) && (!hasFigure(sentence) || SUBJECT_RE.test(text));
}

/**
 * "we" or "you" as a subject, before a verb or its contraction: what the
 * reader pays or saves, advice, a speaker's or commenter's own deed ("you'll
 * pay $6.99 a month", "If you operate one vehicle that's £750", "we were
 * only 8-6 ahead"), its figure no fact the writer states. Not an object
 * before a preposition, a determiner or an -ing word ("keeps you feeling
 * full"), nor after "let", "make" or "help" ("lets you register the 15-digit
 * number"), where the figure still keeps the sentence.
 */
const SUBJECT_RE =
  /(?<![\p{L}\p{N}'’])(?<!\b(?:let|lets|make|makes|made|help|helps|helped)\s)(?:you|we)(?:['’](?:ll|d|re|ve)(?!\p{L})|\s(?!(?:to|the|a|an|as|and|or|in|on|at|for|with|from|of|into|up|out|off|too|back)\b)\p{Ll}{2,}(?!\p{L})(?<!ing))|^["“‘(\s]{0,3}(?:You|We)(?:['’](?:re|ll|ve|d))?\s+\p{Ll}/u;

/** "you", "your", "we" in lower case, or opening the sentence before a word in lower case ("You control a…", "We're seeing…"). */
const WE_OR_YOU_RE =
  /(?<![\p{L}\p{N}'’])(?:you|your|yours|yourself|we)(?![\p{L}\p{N}])|^["“‘(\s]{0,3}(?:You|Your|We)(?:['’](?:re|ll|ve|d))?\s+\p{Ll}/u;
