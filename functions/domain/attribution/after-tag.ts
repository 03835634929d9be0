import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { trimmed, words } from './own-cue';

/**
 * What opens the words after a tag's closing comma when they are no part of
 * what was said: another report by the same speaker ("adding that …",
 * "while suggesting …"), a clause on the speaker ("who also expected …", "an
 * Iraqi who …") or a new clause ("but he said …").
 */
const NOT_SAID = /^,\s+(?:adding|saying|implying|arguing|noting|while|who|but|an?)\s/u;

const PRONOUN = /^(?:he|she|they)$/iu;

/**
 * When or where the words were said, all the tagger took after the cue, to
 * the sentence's end: "…, bankers said on Friday.", "…, executives announced
 * Wednesday at the Dubai Air Show.", "…, Fiat said this week, as it exits …".
 * No "that" and no verb of its own before a comma ("said in Rome the deal was
 * off" reports "the deal was off").
 */
const WHEN_OR_WHERE =
  /^(?:(?:at|in|on|during)\s|(?:earlier|later|yesterday|today|(?:last|this)\s+(?:week|month|year|weekend|morning|afternoon|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)(?:(?!\b(?:that|is|are|was|were|will|would|has|have|had|can|could|may|might|must|should)\b)[^,;:"“”.!?]){0,80}(?:,\s+(?:as|which|when|while|after|before)\s[^;:"“”]{1,200})?[.!?]\s*$/u;

/** A clause that sets a scene opens on a time, a place, a condition or an -ing word: no report. */
const SETTING =
  /^(?:\p{Lu}\p{Ll}+ing|In|On|At|During|After|Before|When|While|Since|As|If|Although|Though|Last|This|Earlier|Later)\s/u;

/**
 * "Apple has done well in that market, said Mr Fogg, who also expected …",
 * "This has amplified reactions, analysts said, adding that …": a content the
 * tagger started on the comma that closes its own tag, set off by a comma
 * after a clause, is that clause: the sentence's words before the tag. Not
 * when the words after the comma go on with the clause the tag interrupts
 * ("The problem with the film, he believed, was that …"), nor when another
 * claim's cue or source lies before the tag, nor for a pronoun after a
 * person's name there ("Mr Blair has failed …, he claimed, saying …"): in its
 * content the name would take the pronoun from the speaker it stands for.
 * So is a lone content that is only when or where the tag was said
 * (`WHEN_OR_WHERE`), after a clause that sets no scene (`SETTING`).
 */
export function beforeOwnTag(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  persons: readonly Range[],
  a: Attribution,
): Attribution {
  const [source, cue, first] = [a.source?.[0], a.cue[0], a.content[0]];
  if (!source || !cue || !first || a.source?.length !== 1 || a.cue.length !== 1) return a;
  const tag = { start: Math.min(source.start, cue.start), end: Math.max(source.end, cue.end) };
  const sentence = sentenceAt(sentences, tag.start);
  if (!sentence || !/^\s*$/u.test(text.slice(tag.end, first.start))) return a;
  const circumstance =
    a.content.length === 1 && WHEN_OR_WHERE.test(text.slice(first.start, Math.max(first.end, sentence.end)));
  if (!circumstance && !NOT_SAID.test(text.slice(first.start, first.end))) return a;
  if (!/,\s+$/u.test(text.slice(sentence.start, tag.start))) return a;
  const before = trimmed(text, { start: sentence.start, end: tag.start });
  if (words(text, before) < 3 || /["“”]/u.test(text.slice(before.start, before.end))) return a;
  if (circumstance && SETTING.test(text.slice(before.start, before.end))) return a;
  const within = (r: Range) => before.start <= r.start && r.end <= tag.start;
  if (taken.some(within)) return a;
  if (PRONOUN.test(text.slice(source.start, source.end)) && persons.some(within)) return a;
  return { ...a, content: [before, ...a.content.slice(1)] };
}
