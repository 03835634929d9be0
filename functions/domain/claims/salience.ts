import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';
import type { Entity, Range } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { opensOnPersonNominal } from './nominal-subject';

/**
 * A name owning another noun ("Scoggins' daughter"), after a preposition
 * ("At the Court of Appeal, the Alliance …") or told something ("…, director
 * of the Committee, told the BBC News website") is rarely its sentence's subject.
 */
const POSSESSIVE = /^['’](?:s\b|\s)/u;
const AFTER_PREPOSITION =
  /\b(?:at|in|on|from|to|by|with|of|for|against|over|about|into|after|before|told)\s+(?:the\s+)?$/iu;
/** What may stand between a preposition and a name: "by Mr Brown", "to Spain's Ferrovial". No `i`: \p{Lu} is a capital. */
const OWNER_OR_HONORIFIC = /(?:\p{Lu}[\p{L}.&-]*['’]s?\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.?\s+)?$/u;

/** A sentence opening on one of `words`, after a leading conjunction ("But she"). */
const openingOn = (words: string) => new RegExp(`^\\W*(?:(?:but|and|so|yet)\\s+)?(?:${words})\\b`, 'i');

/**
 * A sentence opening on "He", "But she" or "His times were…": its subject
 * is a person already spoken of, and the names in it are others. For a
 * nominal ("the world indoor champion"), any of these.
 */
export const PRONOUN_SUBJECT = openingOn('he|she|his|her');
/**
 * The same for "he" or "she": a possessive counts only when of the
 * pronoun's gender ("Her comments did not impress Tim Collins. '…,' he
 * said" is Collins).
 */
const LED_BY = { m: openingOn('he|she|his'), f: openingOn('he|she|her') };
/** What opens a sentence whose names a "he" or "she" passes over (LED_BY, a person nominal: nominal-subject.ts). */
export const ledBySubject = (gender: 'm' | 'f'): SentenceTest => ({
  test: (opening) => LED_BY[gender].test(opening) || opensOnPersonNominal(opening),
});

/** A test of a sentence's opening words. */
export interface SentenceTest {
  test(opening: string): boolean;
}

/** How much of a sentence's start `subject` reads: enough for "But the 31-year-old Jo Pavey". */
const OPENING_CHARS = 48;

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

/** How salientReferent reads back: how far, what leads a sentence whose names are passed over, how ties break. */
export interface SalienceOptions {
  back?: number;
  subject?: SentenceTest;
  /**
   * A tie of oblique names goes to the one named last, not to the story's
   * topic: a pronoun goes on with the topic, but a nominal ("the Tory
   * leader") is written for someone less at hand, mostly the one just named.
   */
  lastOfTie?: boolean;
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
  options: SalienceOptions = {},
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
    lastOfTie = false,
    ...referents
  }: SalienceOptions & Referents = {},
): { id: string | null } | undefined {
  const last = sentenceAt(sentences, at - 1);
  if (last < 0) return undefined;
  const first = Math.max(0, last - back);
  // per sentence read, its speaker (one naming an entity over one naming none), else its best
  // mention: [tier, oblique, start]
  const best = new Map<number, { id: string | null; rank: number[] }>();
  // every candidate a sentence names, by its best rank there, to break a tie of oblique ones
  const named = new Map<number, Map<string | null, number[]>>();
  const offer = (offset: number, id: string | null, rank: number[]) => {
    const i = sentenceAt(sentences, offset);
    if (i > last) return;
    const held = best.get(i);
    if (!held || compare(rank, held.rank) < 0) best.set(i, { id, rank });
    const ranks = named.get(i) ?? new Map<string | null, number[]>();
    const own = ranks.get(id);
    if (!own || compare(rank, own) < 0) ranks.set(id, rank);
    named.set(i, ranks);
  };
  const ids = new Set(tiers.flat().map((e) => e.id));
  for (const p of prior)
    if (p.end <= at && ((p.entityId && ids.has(p.entityId)) || referents.speaker?.(p)))
      offer(p.end - 1, p.entityId, [-1, p.entityId ? 0 : 1, -p.end]);
  // "He is now at Al-Ittihad, with Lebeouf and Guardiola": a sentence whose subject is
  // already the pronoun names only others
  const led = (i: number) => {
    const s = sentences[i] as Range;
    return subject?.test(text.slice(s.start, Math.min(s.end, s.start + OPENING_CHARS))) ?? false;
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
    if (found) return { id: lastOfTie ? namedLast(i, found, named) : continuedTopic(i, found, best, named) };
  }
  return undefined;
}

/**
 * The candidate sentence `i` stands for. When its best is only an oblique
 * name ("The sale to Spain's Ferrovial is a lifeline to Jarvis"), of the
 * names there as oblique and in the same tier, the one the nearest sentence
 * before it was about: the story goes on with it.
 */
function continuedTopic(
  i: number,
  found: { id: string | null; rank: number[] },
  best: Map<number, { id: string | null; rank: number[] }>,
  named: Map<number, Map<string | null, number[]>>,
): string | null {
  const tied = tiedWith(i, found, named);
  if (tied.length < 2) return found.id;
  for (let j = i - 1; j >= 0; j--) {
    const before = best.get(j);
    if (!before) continue;
    return tied.some(([id]) => id === before.id) ? before.id : found.id;
  }
  return found.id;
}

/** Of the names tied with sentence `i`'s best, an oblique one, the one named last there. */
function namedLast(
  i: number,
  found: { id: string | null; rank: number[] },
  named: Map<number, Map<string | null, number[]>>,
): string | null {
  let last: [string | null, number[]] | undefined;
  for (const t of tiedWith(i, found, named))
    if (!last || (t[1][2] as number) > (last[1][2] as number)) last = t;
  return last ? last[0] : found.id;
}

/** The candidates sentence `i` names in the same tier as its best, when that is only an oblique name: none else. */
function tiedWith(
  i: number,
  found: { id: string | null; rank: number[] },
  named: Map<number, Map<string | null, number[]>>,
): [string | null, number[]][] {
  if (found.rank[0] === -1 || found.rank[1] === 0) return [];
  return [...(named.get(i) ?? [])].filter(([, r]) => r[0] === found.rank[0] && r[1] === found.rank[1]);
}

/** What may stand before a sentence's subject: "But the Home Office defended …", "However, the DTI has …". */
const BEFORE_SUBJECT = /^(?:(?:but|and|yet|however,?)\s+)?(?:the\s+)?$/iu;

/** Whether the mention opens its sentence ("Wimpey said", "But Delta, which …", "However, the DTI has"): a subject. */
export function opensSentence({ text, sentences }: Discourse, m: Range): boolean {
  const s = sentences[sentenceAt(sentences, m.start)];
  return s !== undefined && BEFORE_SUBJECT.test(text.slice(s.start, m.start));
}

/** The index of the sentence holding `offset`, or of the last one before it; -1 before the first. */
export function sentenceAt(sentences: Range[], offset: number): number {
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

/** Whether a mention only owns a noun or follows a preposition ("Scoggins' daughter", "a speech by Mr Brown"). */
export const oblique = (text: string, m: Range) =>
  POSSESSIVE.test(text.slice(m.end, m.end + 3)) ||
  afterPreposition(text.slice(Math.max(0, m.start - 40), m.start).replace(OWNER_OR_HONORIFIC, ''));

/** The last lower-case word before a name. */
const LAST_WORD = /(?<![\p{L}-])(\p{Ll}[\p{Ll}-]{0,30})\s+$/u;

/**
 * Whether a preposition comes right before, or before a role in lower case
 * and one word of it ("bought by a company owned by talent manager Scooter
 * Braun": oblique, as "by Braun" is).
 */
function afterPreposition(before: string): boolean {
  if (AFTER_PREPOSITION.test(before)) return true;
  const role = LAST_WORD.exec(before);
  if (!role || !SPEAKER_ROLE_NOUNS.has(role[1] as string)) return false;
  const rest = before.slice(0, role.index);
  if (AFTER_PREPOSITION.test(rest)) return true;
  const modifier = LAST_WORD.exec(rest);
  return modifier !== null && AFTER_PREPOSITION.test(rest.slice(0, modifier.index));
}
