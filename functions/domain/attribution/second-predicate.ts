import type { Attribution } from '../extract/types';

/** A modal, or "did/does/do" with its negation: the reported clause's verb comes bare after it. */
const BARE_AFTER = /^(?:would|will|could|can|may|might|should|must|shall)$/;
const DO = /^(?:did|does|do)$/;
const NEGATION = /^not$/;
/** A pronoun subject may be the speaker again, whose next verb may still be reported ("she did not condone violence and hoped that"). */
const PRONOUN = /^(?:he|she|they|we|i|it)$/i;
/** After these a participle may follow ("would be attacked and …", "had filmed … and made"), which a past form could join. */
const AUXILIARY = /^(?:be|been|being|have|has|had|having|is|are|was|were|get|got)$/;
/** Past forms that are no bare verb ("put", "set", "cut", "read" are both). */
const IRREGULAR =
  /^(?:held|made|gave|took|told|spoke|said|went|came|brought|sought|won|lost|left|kept|met|sent|spent|found|thought|stood|wrote|drew|threw|chose|rose|fell|began|ran|saw|led|paid|sold|built|caught|bought|fought|struck)$/;
/** What opens a verb's object or particle, never a noun a participle could modify. */
const OBJECT =
  /^(?:the|a|an|his|her|their|its|our|this|that|these|those|him|them|it|for|to|out|on|up|off|down|against|with|about|over|back)$/;

export type Word = { text: string; start: number; end: number };

export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const m of text.slice(start, end).matchAll(/[A-Za-z]+(?:'[a-z]+)?|[^\sA-Za-z]/g)) {
    const at = start + (m.index ?? 0);
    words.push({ text: m[0], start: at, end: at + m[0].length });
  }
  return words;
}

const pastForm = (w: string) => (/^[a-z]{3,}ed$/.test(w) && !/eed$/.test(w)) || IRREGULAR.test(w);

/**
 * "Tony Blair said Labour would set out workable plans … and attacked the
 * Tory plans", "Mr Prentis said workers did not want to go on strike and
 * called for talks": after a modal or a negated "did" the reported clause's
 * verbs come bare, so a past form after "and", with its object, is the
 * speaker's next deed in the writer's words and no part of the content,
 * which ends before the "and". Not with "be" or "have" before the "and" (a
 * participle may follow: "would be arrested and charged with", "did not know
 * the rapper had filmed the video and made an album"), nor with a past form
 * or a pronoun right before the modal, nor in a content holding a quote.
 */
export function withoutSecondPredicate(text: string, a: Attribution): Attribution {
  const cue = a.cue[0];
  const only = a.content.length === 1 ? a.content[0] : undefined;
  if (!cue || !only || !a.source || only.start < cue.end) return a;
  const words = wordsOf(text, only.start, only.end);
  if (words.some((w) => /^["“”]$/.test(w.text))) return a;
  let i = words.findIndex(
    (w, k) => BARE_AFTER.test(w.text) || (DO.test(w.text) && NEGATION.test(words[k + 1]?.text ?? '')),
  );
  // "its researchers examined how … would affect … and concluded": the "and" may join the earlier past verb
  if (i <= 0 || PRONOUN.test((words[i - 1] as Word).text) || words.slice(0, i).some((w) => pastForm(w.text)))
    return a;
  if (NEGATION.test(words[i + 1]?.text ?? '')) i++;
  for (let k = i + 1; k < words.length - 2; k++) {
    if (AUXILIARY.test((words[k] as Word).text)) return a;
    if (k === i + 1 || (words[k] as Word).text !== 'and') continue;
    const verb = words[k + 1] as Word;
    const next = words[k + 2] as Word;
    if (!pastForm(verb.text) || !OBJECT.test(next.text)) continue;
    const before = words[k - 1] as Word;
    const end = before.text === ',' ? (words[k - 2] as Word).end : before.end;
    return { ...a, content: [{ start: only.start, end }] };
  }
  return a;
}
