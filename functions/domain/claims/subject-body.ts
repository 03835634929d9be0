import { ORG_WORDS } from '../entities/lexicons';
import { FIRM_NOUNS } from '../entities/non-person-cues';
import type { Entity } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { type Discourse, opensSentence, sentenceAt } from './salience';
import { type NominalSpan, namesAThing, subjectNominal } from './subject-nominal';

/**
 * The body's own verb right after its name: "BAA are", "The European
 * Commission is", "Bolton had", past a day or a week ("The Tories on Monday
 * highlighted"). An auxiliary or a past tense only: a present in -s reads
 * the writer's own outlet too ("BBC News investigates …").
 */
const VERB_AFTER =
  /^(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|(?:last|this)\s+(?:week|month|year)))?\s+(?:\p{Ll}+ly\s+)?(?:have|has|had|are|is|were|was|will|would|\p{Ll}{2,}ed)(?![\p{L}-])/u;

/** A kind noun for a body ("the label", "the court"), not for a thing a body is named with ("the Betamax case"). */
const BODY_KIND = new RegExp(`^(?:${FIRM_NOUNS})$`, 'iu');
const isBodyKind = (head: string) => ORG_WORDS.has(head) || BODY_KIND.test(head);

/** A passive's agent ending the sentence: "… is expected to be opposed by the Liberal Democrats." */
const AGENT_BEFORE = /\sby\s+(?:the\s+)?$/iu;
const SENTENCE_END = /^[.!?"'’”)]{0,3}\s*$/u;

/**
 * "they" in the sentence after one an organisation opens on as subject
 * ("BAA are also owners of …. They have said", "The European Commission is
 * being pragmatic. They have identified") or ends as a passive's agent
 * ("… opposed by the Liberal Democrats. They have said"), with no one
 * speaking since: that organisation. Not a name that only modifies a noun
 * ("IAEA inspectors make", "United fans have"), which the verb check leaves
 * out, nor a body in the pronoun's own sentence ("Bloglines lets users
 * build a list of the blogs they want"). The kind noun the sentence before
 * opens on ("The label believed …") counts for the organisation it stands
 * for when it is a kind of body, not a thing ("The case has been heard … They
ruled" are the courts, not the Betamax of "the Betamax case").
 * Null when none.
 */
export function subjectBody(
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  discourse: Discourse,
  nominal?: (span: NominalSpan) => string | null,
): string | null {
  const { text, sentences } = discourse;
  const own = sentenceAt(sentences, at);
  const before = sentences[own - 1];
  if (!before) return null;
  // no one speaking since the body: "Analysts said …" after it is whom "they" follows
  const since = (start: number) => prior.some((p) => p.end > start && p.end <= at);
  for (const e of entities)
    if (
      e.type === 'ORG' &&
      e.mentions.some(
        (m) =>
          m.start >= before.start &&
          m.end <= before.end &&
          !since(m.start) &&
          ((opensSentence(discourse, m) && VERB_AFTER.test(text.slice(m.end, before.end))) ||
            (AGENT_BEFORE.test(text.slice(before.start, m.start)) &&
              SENTENCE_END.test(text.slice(m.end, before.end)))),
      )
    )
      return e.id;
  const kind = nominal ? subjectNominal(discourse, own - 1) : null;
  const head = kind?.text.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (!kind || !nominal || since(kind.start) || !isBodyKind(head) || !namesAThing(kind.text)) return null;
  if (!VERB_AFTER.test(text.slice(kind.end, before.end))) return null;
  const id = nominal(kind);
  return entities.some((e) => e.id === id && e.type === 'ORG') ? id : null;
}
