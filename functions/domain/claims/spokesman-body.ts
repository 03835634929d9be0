import type { Entity, Range } from '../model/document';
import { type Discourse, opensSentence, sentenceAt } from './salience';

/**
 * Before a sentence's first name: a time ("On Tuesday", "Last year"), then
 * "a"/"the" or up to two words of description ("Environmental group"), no
 * preposition ("Shares in Mittal rose" is not Mittal's).
 */
const LEAD =
  /^(?:(?:but|and|yet|however|meanwhile|now|on \p{Lu}\p{Ll}+day|last (?:year|week|month)|in \d{4}),?\s+){0,2}(?:(?:a|an|the)\s+|(?!(?:shares|sales|profits|talks)\s)\p{L}[\p{Ll}-]*\s+(?:(?!(?:in|of|for|at|with|from|to|by|on)\s)[\p{Ll}-]+\s+)?)?$/iu;
/** A spokesman no words tie to anyone: not "a spokesman for the firm", "a BT spokesman". */
const BARE_SPOKESMAN = /^(?:a|the)\s+spokes(?:man|woman|person)$/iu;
/** A fronted clause before the subject: "Despite giving their backing to ID cards, the Conservatives insisted". */
const FRONTED = /^(?:despite|after|while|although|though|when)\s[^,.;"]{1,80},\s+(?:the\s+)?$/iu;
/**
 * A sentence whose subject stands for a body named before it: "They said …",
 * "And they pledged", "The organisation is aiming", "Where possible, it hopes".
 */
const BODY_ANAPHOR =
  /^(?:(?:and|but|yet|however|meanwhile),?\s+)?(?:[\p{L} ]{1,20},\s+)?(?:it|they|the\s+(?:organisation|organization|agency|bureau|group|firm|company|party|union))\s/iu;

/**
 * The organisation a bare spokesman ("a spokesman", "the spokeswoman") speaks
 * for when nothing else says (./speaker, after ./role-speaker): the one
 * that opens this sentence before the spokesman ("Downing Street defended
 * the decision, with a spokesperson saying") or else the sentence before
 * ("But the Home Office defended the measures. A spokesman said …"), or one
 * up to three back past sentences only its pronoun or kind noun opens ("The
 * Tories insisted … They said … And they pledged … , a spokesman said").
 * Nothing when another subject opens them ("Netherlands-based group LNM
 * said"): the spokesman may be anyone's. A name inside a quotation is what
 * was said, not who says it.
 */
export function spokesmanBody(
  source: { start: number; text: string },
  entities: Entity[],
  discourse: Discourse | undefined,
): string | null {
  if (!discourse || !BARE_SPOKESMAN.test(source.text.trim())) return null;
  const at = source.start;
  const i = sentenceAt(discourse.sentences, at);
  const opensBefore = (m: Range, within: number) =>
    m.end <= at &&
    sentenceAt(discourse.sentences, m.start) === within &&
    (opensSentence(discourse, m) || ledByFirst(m, within) || afterFronted(m, within)) &&
    !discourse.quotes.some((q) => q.start <= m.start && m.end <= q.end);
  /** "On Tuesday Mitsubishi, …", "Environmental group Transport 2000 said", "A Mittal Steel spokesman said": the sentence's first name, after a time or a short description. */
  const ledByFirst = (m: Range, within: number) => {
    const s = discourse.sentences[within] as Range;
    if (!LEAD.test(discourse.text.slice(s.start, m.start))) return false;
    return !entities.some((e) => e.mentions.some((o) => o.start >= s.start && o.start < m.start));
  };
  const afterFronted = (m: Range, within: number) =>
    FRONTED.test(discourse.text.slice((discourse.sentences[within] as Range).start, m.start));
  const anaphoric = (within: number) => {
    const s = discourse.sentences[within];
    return s !== undefined && BODY_ANAPHOR.test(discourse.text.slice(s.start, s.end));
  };
  // past sentences that only go on about it ("They said …. And they pledged …"), up to three back
  for (let within = i; within >= i - 3 && within >= 0; within--) {
    const body = entities.find((e) => e.type === 'ORG' && e.mentions.some((m) => opensBefore(m, within)));
    if (body) return body.id;
    if (within < i && !anaphoric(within)) break;
  }
  return null;
}
