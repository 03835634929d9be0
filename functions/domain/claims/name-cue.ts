import type { TextSpan } from '../model/document';

/**
 * The tagger reads a word of a name or a title as a cue when it looks like
 * a verb: "Hayley Yelling", "Tears for Fears", "Genius Loves Company",
 * "Actress Teri Hatcher". Inside a sentence, a reporting verb is written in
 * lower case, so a capitalised cue there is no one's statement.
 */

const CAPITALISED = /^\p{Lu}/u;
/** Words a title keeps in lower case: "Tears for Fears back to", "Call of Duty". */
const TITLE_WORD = /^(?:a|an|the|of|on|to|for|in|at|by|and|with|about|back)$/;
/** What may come before a capitalised word that opens a clause: a colon, a dash, an opening quote. */
const CLAUSE_OPENER = /[:;\-–—"“‘(]\s*$/;

/** Whether the cue is a word of a name: capitalised, not opening its sentence or a clause, every later word capitalised or a title's small word. */
export function withinName(text: string, cue: TextSpan, sentenceStart: number): boolean {
  const [first, ...rest] = cue.text.replace(/[:,]$/, '').trim().split(/\s+/);
  if (!first || !CAPITALISED.test(first) || first === 'According') return false;
  const before = text.slice(sentenceStart, cue.start);
  if (!/\p{L}/u.test(before) || CLAUSE_OPENER.test(before)) return false;
  return rest.every((w) => CAPITALISED.test(w) || TITLE_WORD.test(w));
}
