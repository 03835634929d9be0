import type { Entity, Range } from '../model/document';
import type { PriorSpeaker } from './mention-order';

/**
 * A name owning another noun ("Scoggins' daughter") or after a preposition
 * ("At the Court of Appeal, the Alliance …") is rarely its sentence's subject.
 */
const POSSESSIVE = /^['’](?:s\b|\s)/u;
const AFTER_PREPOSITION =
  /\b(?:at|in|on|from|to|by|with|of|for|against|over|about|into|after|before)\s+(?:the\s+)?$/iu;

/** A sentence opening on "He" or "But she": its subject is a person already spoken of. */
export const PRONOUN_SUBJECT = /^\W*(?:(?:but|and|so|yet)\s+)?(?:he|she)\b/i;

/** Where a pronoun stands: the article's sentences and quotations. */
export interface Discourse {
  text: string;
  sentences: Range[];
  /** Every quotation: a name inside one is what a speaker talks about, not who is talked about. */
  quotes: Range[];
}

/** What else may stand for a candidate besides the tiers' names (salientReferent). */
export interface Referents {
  /** Sources already resolved that a pronoun may follow though no tier holds their entity ("the lawsuit": none). */
  speaker?: (p: PriorSpeaker) => boolean;
  /** What the nominal a sentence opens on stands for ("The commission, …"), if it opens on one that counts. */
  subjectOf?: (sentence: number) => { id: string | null } | undefined;
}

/**
 * The entity a pronoun source stands for, by salience rather than distance:
 * the sentences are read back from the pronoun's own (the part before it),
 * and the first that names a candidate outside quotes decides. In it, its
 * speaker wins when one of its attributions went to a candidate; else the
 * candidate it names first, mostly its subject ("Moxey defended giving
 * Hoddle a contract. '…,' he said" is Moxey), an oblique one last. `tiers`
 * rank candidates within a sentence: the first tier's over the second's.
 * Only `back` sentences before the pronoun's own are read, and the names in
 * one whose `subject` is already the pronoun are passed over. Null when none
 * names a candidate.
 */
export function salientAntecedent(
  at: number,
  tiers: Entity[][],
  prior: PriorSpeaker[],
  discourse: Discourse,
  options: { back?: number; subject?: RegExp } = {},
): string | null {
  return salientReferent(at, tiers, prior, discourse, options)?.id ?? null;
}

/**
 * salientAntecedent, where `referents` may also decide a sentence: a speaker
 * they accept, then the nominal it opens on, before the names in it. What
 * they stand for may be no entity ({ id: null }); undefined when no sentence
 * read has a candidate.
 */
export function salientReferent(
  at: number,
  tiers: Entity[][],
  prior: PriorSpeaker[],
  { text, sentences, quotes }: Discourse,
  {
    back = Number.POSITIVE_INFINITY,
    subject,
    ...referents
  }: { back?: number; subject?: RegExp } & Referents = {},
): { id: string | null } | undefined {
  const last = sentenceAt(sentences, at - 1);
  if (last < 0) return undefined;
  const first = Math.max(0, last - back);
  // per sentence read, its speaker (one naming an entity over one naming none), else its best
  // mention: [tier, oblique, start]
  const best = new Map<number, { id: string | null; rank: number[] }>();
  const offer = (offset: number, id: string | null, rank: number[]) => {
    const i = sentenceAt(sentences, offset);
    if (i < first || i > last) return;
    const held = best.get(i);
    if (!held || compare(rank, held.rank) < 0) best.set(i, { id, rank });
  };
  const ids = new Set(tiers.flat().map((e) => e.id));
  for (const p of prior)
    if (p.end <= at && ((p.entityId && ids.has(p.entityId)) || referents.speaker?.(p)))
      offer(p.end - 1, p.entityId, [-1, p.entityId ? 0 : 1, -p.end]);
  // "He is now at Al-Ittihad, with Lebeouf and Guardiola": a sentence whose subject is
  // already the pronoun names only others
  const led = (i: number) => {
    const s = sentences[i] as Range;
    return subject?.test(text.slice(s.start, Math.min(s.end, s.start + 16))) ?? false;
  };
  tiers.forEach((tier, t) => {
    for (const e of tier)
      for (const m of e.mentions)
        if (
          m.end <= at &&
          !quotes.some((q) => m.start >= q.start && m.end <= q.end) &&
          !led(sentenceAt(sentences, m.start))
        )
          offer(m.start, e.id, [t, Number(oblique(text, m)), m.start]);
  });
  for (let i = last; i >= first; i--) {
    const found = best.get(i);
    if (found && found.rank[0] === -1) return { id: found.id };
    const opening = referents.subjectOf?.(i);
    if (opening) return opening;
    if (found) return { id: found.id };
  }
  return undefined;
}

/** Whether the mention opens its sentence ("Wimpey said", "But Delta, which …"): a subject. */
export function opensSentence({ text, sentences }: Discourse, m: Range): boolean {
  const s = sentences[sentenceAt(sentences, m.start)];
  return s !== undefined && /^(?:(?:but|and|the)\s+)?$/iu.test(text.slice(s.start, m.start));
}

/** The index of the sentence holding `offset`, or of the last one before it; -1 before the first. */
function sentenceAt(sentences: Range[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as Range).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

const oblique = (text: string, m: Range) =>
  POSSESSIVE.test(text.slice(m.end, m.end + 3)) ||
  AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 16), m.start));
