import type { Attribution } from '../extract/types';

/** A comma or a spaced dash a content starts on. */
const LEAD = /^\s*(?:,|[-\u2013\u2014](?=\s))\s*/u;

/**
 * What a comma goes on to that starts no reported clause: a relative, a
 * preposition or conjunction, an apposition's article, a verb with no subject
 * (", who also expected …", ", with leader Charles Kennedy saying …"). A
 * participle that goes on reporting (", adding that …") is a cue the tagger
 * finds with that content already: this claim's own content is the clause
 * before its cue, which it does not have.
 */
const NO_CLAUSE =
  /^(?:who|whose|which|with|while|by|in|on|at|to|as|and|but|or|especially|an?|was|were|is|are|said|promised|implying|adding|saying|insisting|arguing|warning|noting|explaining)\b/iu;

/**
 * "As one of the journalists … declared, it was all very post modern",
 * "Although …, said Mr Hogan, 2004 saw a significant rise": the tagger starts
 * the content on the comma after the cue or its source. The reported clause
 * starts after the comma, so the content does too.
 */
export function clauseStart(text: string, a: Attribution): Attribution {
  const [first, ...rest] = a.content;
  if (!first) return a;
  const lead = LEAD.exec(text.slice(first.start, first.end));
  if (!lead || lead[0].length >= first.end - first.start) return a;
  if (NO_CLAUSE.test(text.slice(first.start + lead[0].length, first.end))) return a;
  return { ...a, content: [{ start: first.start + lead[0].length, end: first.end }, ...rest] };
}
