import type { TextSpan } from '../model/document';

/**
 * "according to" of a manner or a measure, not a source: "displays the
 * creatures according to rules devised by the programmers", "is modelled
 * according to the laws of physics", "operate according to a strict code of
 * honour", "ranks countries according to the steps they're taking",
 * "rewarded according to how much business they brought"; and a title's
 * words, "The World According to Bex". A source after "according to" opens
 * or closes its clause ("According to state law, …", "…, according to the
 * ministerial code"), so the cue must follow a word of the clause.
 */

/** What a thing is done by, not who says so: a wh-clause or a rule or measure. */
const MEASURE =
  /^\s*(?:(?:how|what|whether|where|when)\b|(?:(?:the|a|an|its|their|his|her|strict|own|simple|set|fixed)\s+){0,3}(?:rules|laws\s+of|codes?\s+of|steps|principles|criteria)\b)/i;
/** The clause's own words just before the cue: a letter or a digit, no comma, dash, colon or quote. */
const IN_CLAUSE = /[\p{L}\d]\s+$/u;
/** A capitalised word just before a capitalised cue: a title's words. */
const TITLE_BEFORE = /\p{Lu}[\p{L}'’]*\s+$/u;

/**
 * Whether "according to" here tells how something is done or is a word of a
 * title; the text before it is read from `sentenceStart`, and only for that cue.
 */
export function accordsWithMeasure(
  cue: TextSpan,
  text: string,
  sentenceStart: number,
  restOfSentence: string,
): boolean {
  const words = cue.text.trim().split(/\s+/).join(' ');
  if (words.toLowerCase() !== 'according to') return false;
  const before = text.slice(sentenceStart, cue.start);
  if (words === 'According to') return /\p{L}/u.test(before) && TITLE_BEFORE.test(before);
  return IN_CLAUSE.test(before) && MEASURE.test(restOfSentence);
}
