import type { Entity, Range } from '../model/document';
import { type Discourse, sentenceAt } from './salience';

/** A spokesman no words tie to anyone: not "a spokesman for the firm", "a BT spokesman". */
const BARE_SPOKESMAN = /^(?:a|the)\s+spokes(?:man|woman|person)$/iu;

/** What may stand before a sentence's subject: "But the Home Office defended …", "However, the DTI has …". */
const BEFORE_SUBJECT = /^(?:(?:but|and|yet|however,?)\s+)?(?:the\s+)?$/iu;

/**
 * The organisation a bare spokesman ("a spokesman", "the spokeswoman") speaks
 * for when nothing else says (./speaker, after ./role-speaker): the one
 * that opens this sentence before the spokesman ("Downing Street defended the decision, with a spokesperson
 * saying") or else the sentence before ("But the Home Office defended the
 * measures. A spokesman said …"). Nothing when another subject opens them
 * ("Netherlands-based group LNM said"): the spokesman may be anyone's. A
 * name inside a quotation is what was said, not who says it.
 */
export function spokesmanBody(
  source: { start: number; text: string },
  entities: Entity[],
  discourse: Discourse | undefined,
): string | null {
  if (!discourse || !BARE_SPOKESMAN.test(source.text.trim())) return null;
  const at = source.start;
  const i = sentenceAt(discourse.sentences, at);
  for (const s of [discourse.sentences[i], discourse.sentences[i - 1]]) {
    if (!s) continue;
    const body = entities.find(
      (e) =>
        e.type === 'ORG' &&
        e.mentions.some(
          (m) => opens(discourse.text, s, m, at) && !discourse.quotes.some((q) => inside(m, q)),
        ),
    );
    if (body) return body.id;
  }
  return null;
}

const inside = (m: Range, q: Range) => q.start <= m.start && m.end <= q.end;

function opens(text: string, s: Range, m: Range, at: number): boolean {
  return (
    m.start >= s.start && m.end <= Math.min(s.end, at) && BEFORE_SUBJECT.test(text.slice(s.start, m.start))
  );
}
