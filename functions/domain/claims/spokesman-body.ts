import type { Entity, Range } from '../model/document';
import { type Discourse, opensSentence, sentenceAt } from './salience';

/** A spokesman no words tie to anyone: not "a spokesman for the firm", "a BT spokesman". */
const BARE_SPOKESMAN = /^(?:a|the)\s+spokes(?:man|woman|person)$/iu;

/**
 * The organisation a bare spokesman ("a spokesman", "the spokeswoman") speaks
 * for when nothing else says (./speaker, after ./role-speaker): the one
 * that opens this sentence before the spokesman ("Downing Street defended
 * the decision, with a spokesperson saying") or else the sentence before
 * ("But the Home Office defended the measures. A spokesman said …").
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
    opensSentence(discourse, m) &&
    !discourse.quotes.some((q) => q.start <= m.start && m.end <= q.end);
  for (const within of [i, i - 1]) {
    const body = entities.find((e) => e.type === 'ORG' && e.mentions.some((m) => opensBefore(m, within)));
    if (body) return body.id;
  }
  return null;
}
