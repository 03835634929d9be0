import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/**
 * An aside set off by dashes right after a content's end, and the verb its
 * clause goes on with: "that other indicators | - such as the growth numbers -
 * had been worrying". The aside holds no dash, line break or sentence stop
 * (a hyphen inside a word, "state-run", is no dash), and the verb is an
 * auxiliary, copula, modal or a word in -ed ("- with a hardline on crime -
 * deserved a chance"), so the words before the aside are that verb's subject
 * ("- which aims to cut emissions - branding it …" is not).
 */
const ASIDE =
  /^(?:\s+[-\u2013\u2014]\s+|\s*\u2014\s*)(?:[^-\u2013\u2014\n.!?]|(?<=\S)-(?=\S)){1,200}?(?:\s+[-\u2013\u2014]\s+|\s*\u2014\s*)(?=(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|be|been|does|do|did|remains?|remained|\p{Ll}{2,}ed)\s)/u;

/** How far past a content's end its aside is looked for: more than the aside's 200 characters and its dashes. */
const REACH = 240;

/** A cue ending on a preposition ("allegations of"): its content is that preposition's object, no clause's subject. */
const PREPOSITION_CUE = /\b(?:of|about|over|on|for|at|in|with|against)$/iu;

/** Where the clause after the aside ends: a comma, semicolon, colon, dash, line break or sentence stop. */
export const CLAUSE_END = /[,;:\n]|\s[-\u2013\u2014]\s|[.!?](?=["”’]?(?:\s|$))/u;

/**
 * "The firm … stressed that the majority of its UK projects - which also
 * include the White City scheme - were performing strongly": the tagger ends
 * the content where the aside opens, leaving the subject without its verb.
 * The content goes on over the aside to the end of the clause it interrupts,
 * within the sentence, unless that would take in a cue or source (this
 * claim's or another's: `taken`). A content of fragments is left alone.
 */
export function overDashAside(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const cue = a.cue.at(-1);
  if (a.content.length !== 1 || !cue || PREPOSITION_CUE.test(text.slice(cue.start, cue.end).trimEnd()))
    return a;
  const content = a.content[0] as Range;
  // the aside is looked for first: most contents have none, and need no sentence
  const aside = ASIDE.exec(text.slice(content.end, content.end + REACH));
  if (!aside) return a;
  const sentence = sentenceAt(sentences, content.end);
  if (!sentence || content.end + aside[0].length >= sentence.end) return a;
  const clause = text.slice(content.end + aside[0].length, sentence.end);
  const stop = CLAUSE_END.exec(clause);
  const end =
    content.end + aside[0].length + clause.slice(0, stop ? stop.index : clause.length).trimEnd().length;
  const over = (r: Range) => r.start < end && content.end < r.end;
  if (end <= content.end + aside[0].length || taken.some(over)) return a;
  return { ...a, content: [{ start: content.start, end }] };
}
