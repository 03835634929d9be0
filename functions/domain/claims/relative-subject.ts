import type { Entity } from '../model/document';
import { type Discourse, sentenceAt } from './salience';

/** A relative pronoun right before the speaker: "AAC, which it says", "an interview in which he said". */
const RELATIVE = /(?:,|\s[-–—])?\s+(?:(?:in|for|of|with|by|at|on|about)\s+)?(?:which|who|whom)\s+$/iu;
/** Where a clause opens inside a sentence: after a semicolon, or a conjunction joining two clauses. */
const CLAUSE_OPENS = /;\s+|,?\s+(?:while|whereas|although|though|but)\s+/giu;
/** What may stand before the clause's subject: a conjunction, "The". */
const OPENER = /^(?:(?:but|and|yet|so|however,?)\s+)?(?:the\s+)?$/iu;
/** The subject's verb: a lower-case word right after the name ("Apple uses", "The US has asked"), no possessive or comma. */
const VERB_AFTER = /^\s+\p{Ll}/u;

/**
 * "The rivals use the MP3 format while Apple uses AAC, which it says helps
 * thwart piracy", "The US has asked the WTO to investigate EU tariffs, which
 * it says are inconsistent": a pronoun speaking inside a relative clause is
 * the subject of the clause it hangs on, not the name nearest before it
 * (the object the clause describes, or one named in between). The id of the
 * candidate that opens that clause as its subject, a verb right after it;
 * undefined when the pronoun follows no relative pronoun or no candidate
 * opens the clause.
 */
export function relativeClauseSubject(
  at: number,
  candidates: Entity[],
  discourse: Discourse,
): string | undefined {
  const { text, sentences } = discourse;
  const sentence = sentences[sentenceAt(sentences, at)];
  if (!sentence) return undefined;
  const before = text.slice(sentence.start, at);
  const relative = RELATIVE.exec(before);
  if (!relative) return undefined;
  let from = 0;
  for (const m of before.slice(0, relative.index).matchAll(CLAUSE_OPENS)) from = m.index + m[0].length;
  const clause = sentence.start + from;
  for (const e of candidates)
    for (const m of e.mentions)
      if (
        m.start >= clause &&
        m.end <= sentence.start + relative.index &&
        OPENER.test(text.slice(clause, m.start)) &&
        VERB_AFTER.test(text.slice(m.end, m.end + 3))
      )
        return e.id;
  return undefined;
}
