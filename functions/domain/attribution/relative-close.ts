import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/**
 * The sentence's subject, no comma in it, then ", who/which/whose" and the
 * clause's words up to the cue: the cue is the relative clause's own.
 */
const SUBJECT_RELATIVE = /^[^,;:.!?"“”()]{1,80},\s{1,3}(?:which|who|whose)\b[^,;:.!?"“”()]{0,120}$/iu;
/**
 * The comma that closes the clause, and the subject's own verb after it: an
 * auxiliary, copula or modal, or a past tense ("-ed" with no preposition
 * after it, which would make it a participle's aside, or a common irregular
 * one), an adverb allowed before.
 */
const MAIN_VERB =
  /^,\s{1,3}(?:(?:\p{Ll}{2,20}ly|also|still|now|then|later|never|not|already|even)\s{1,3})?(?:(?:is|are|was|were|will|would|could|can|may|might|must|shall|should|has|have|had|does|do|did)\b|\p{Ll}{2,20}ed\b(?!\s{1,3}(?:by|in|at|on|of|for|from|with|as|under|after|to)\b)|(?:hit|found|fell|rose|made|became|won|lost|took|gave|grew|went|came|left|kept|held|sold|led)\b)/u;

/**
 * "Jay-Z, who said he would make no more music, | will become the company's
 * president": the tagger ran the content of a report in a relative clause on
 * the sentence's subject over the comma that closes the clause into the
 * subject's own verb. The content ends at that comma, as PolNeAR marks it
 * (train: "…, who says the battle … could be left to Russia, are wise
 * choices"). Only the content's first comma is read, so an aside inside the
 * reported clause ("said the plan, which …, would") is left alone; so is a
 * quote open at the comma.
 */
export function endAtRelativeClose(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const cue = a.cue[0];
  const first = a.content[0];
  if (!cue || !first || first.start < cue.end) return a;
  const sentence = sentenceAt(sentences, cue.start);
  if (!sentence || !SUBJECT_RELATIVE.test(text.slice(sentence.start, cue.start))) return a;
  const last = a.content.at(-1) as Range;
  const body = text.slice(first.start, last.end);
  // a comma between digits ("1,943") is a number's
  const comma = /(?<!\d),|,(?!\d)/u.exec(body)?.index ?? -1;
  if (comma < 1) return a;
  const at = first.start + comma;
  if (!MAIN_VERB.test(text.slice(at, Math.min(sentence.end, at + 60)))) return a;
  // a quote opened before the comma and not closed holds it
  if ((body.slice(0, comma).match(/["“”]/gu)?.length ?? 0) % 2 === 1) return a;
  const kept = a.content
    .filter((r) => r.start < at)
    .map((r) => ({ start: r.start, end: Math.min(r.end, at) }));
  return { ...a, content: kept };
}
