import type { Entity } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { type Discourse, opensSentence, sentenceAt } from './salience';

/**
 * The body's own verb right after its name: "BAA are", "The European
 * Commission is", "Bolton had". An auxiliary or a past tense only: a present
 * in -s reads the writer's own outlet too ("BBC News investigates …").
 */
const VERB_AFTER =
  /^\s+(?:\p{Ll}+ly\s+)?(?:have|has|had|are|is|were|was|will|would|\p{Ll}{2,}ed)(?![\p{L}-])/u;

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
 * build a list of the blogs they want"). Null when none.
 */
export function subjectBody(
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  discourse: Discourse,
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
  return null;
}
