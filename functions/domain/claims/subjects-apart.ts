import type { Entity, EntityType, Range } from '../model/document';
import { type Discourse, sentenceAt } from './salience';

/** What may stand before a subject: a connective, "The", up to two describing words, no preposition ("Dutch firm Heineken", "Senator Kerry"). */
const OPENING =
  /^(?:(?:But|And|Meanwhile|However,)\s+)?(?:The\s+)?(?:(?!(?:in|of|at|for|to|from|on|with|by|about|after|before|than|as)\s)[\p{L}'’-]+\s+){0,2}$/u;
/** After the subject: its verb, an adverb allowed, or a bracketed short name first ("(IADB) said"). */
const VERB_AFTER =
  /^(?:\s\([\p{Lu}&-]{2,8}\))?\s+(?:\p{Ll}+ly\s+)?(?!(?:of|in|at|for|to|with|from|on|by|who|whose|which|that|as|or|and|but|shares|stake|boss|chief)(?![\p{L}-]))\p{Ll}{2,}(?![\p{L}-])/u;
/** "Both companies", "the two groups", "Both": bodies; "the pair", "both candidates": people. */
const BODIES =
  /^(?:both|(?:both|the two)\s+(?:companies|firms|groups|banks|unions|organi[sz]ations|clubs|airlines|carriers))$/iu;
const PEOPLE = /^(?:the\s+(?:pair|couple|duo)|(?:both|the two)\s+(?:men|women|candidates|leaders))$/iu;
/** How far back the two subjects may stand. */
const SENTENCES_BACK = 3;

/**
 * "The UN's commission said …. The Inter-American Development Bank said ….
 * Both organisations also warned", "Dutch firm Heineken saw …. Danish brewer
 * Carlsberg suffered …. Both are looking to": a counted source stands for the
 * two bodies or people of `types` that open their own sentences (or a clause
 * after a semicolon) among the three before it, their verb after them, the
 * later one speaking. Nothing unless exactly two such subjects stand there.
 */
export function subjectsApart(
  source: Range & { text: string },
  entities: Entity[],
  discourse: Discourse,
): string[] {
  const written = source.text.trim();
  const types: EntityType[] = BODIES.test(written) ? ['ORG'] : PEOPLE.test(written) ? ['PERSON'] : [];
  if (types.length === 0) return [];
  const at = sentenceAt(discourse.sentences, source.start);
  const from = discourse.sentences[Math.max(0, at - SENTENCES_BACK)];
  const own = discourse.sentences[at];
  if (!from || !own || at === 0) return [];
  const clauses = clauseStarts(discourse, Math.max(0, at - SENTENCES_BACK), at);
  const subjects: { id: string; start: number }[] = [];
  for (const e of entities) {
    if (!types.includes(e.type)) continue;
    for (const m of e.mentions) {
      if (m.start < from.start || m.end > own.start) continue;
      const opens = clauses.find((c) => c <= m.start);
      if (
        opens !== undefined &&
        OPENING.test(discourse.text.slice(opens, m.start)) &&
        VERB_AFTER.test(discourse.text.slice(m.end, m.end + 40))
      )
        subjects.push({ id: e.id, start: m.start });
    }
  }
  subjects.sort((a, b) => a.start - b.start);
  const ids = [...new Set(subjects.map((s) => s.id))];
  // the later subject speaks: order by each one's last opening
  const last = (id: string) => Math.max(...subjects.filter((s) => s.id === id).map((s) => s.start));
  return ids.length === 2 ? ids.sort((a, b) => last(a) - last(b)) : [];
}

/** Where the sentences `from` to before `to` start, and their clauses after a semicolon. */
function clauseStarts(discourse: Discourse, from: number, to: number): number[] {
  const starts: number[] = [];
  for (const s of discourse.sentences.slice(from, to)) {
    starts.push(s.start);
    for (const m of discourse.text.slice(s.start, s.end).matchAll(/;\s+/gu))
      starts.push(s.start + m.index + m[0].length);
  }
  // nearest first: the clause a mention is in is the first start at or before it
  return starts.sort((a, b) => b - a);
}
