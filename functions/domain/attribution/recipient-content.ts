import type { Sequence } from './features';
import { cueBetween, sentenceStart, VERB_LIKE, wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `Rates may rise, Mr Balls told the BBC.` The tagger, trained mostly on
 * quotes before "told", often reads the hearer after the cue as the
 * content and leaves the clause before the speaker untagged: the claim
 * then says only "the BBC". When all that follows "told" to the sentence's
 * end is a hearer (no clause, no quote) and a comma closes a clause before
 * the speaker, that clause is the content, as PolNeAR marks it, unless it
 * holds another cue.
 */
export function recipientContent(seq: Sequence, runs: Run[], cue: Run, cues: Run[]): Run[] {
  if (!tellsAlone(seq, cue)) return runs;
  // the hearer as tagged content, or left untagged when no content was found (the clause fallback would take it)
  const hearer =
    runs.find((r) => r.role === 'content' && r.first === cue.last + 1) ??
    (runs.some((r) => r.role === 'content') ? undefined : untaggedTail(seq, cue));
  const source = runs.find((r) => r.role === 'source' && r.last === cue.first - 1);
  if (!hearer || !source || !onlyHearer(seq, hearer, cue)) return runs;
  const comma = source.first - 1;
  const start = sentenceStart(seq, cue.first);
  if (wordAt(seq, comma) !== ',' || comma - start < MIN_CLAUSE_TOKENS || !hasVerb(seq, start, comma))
    return runs;
  // "the chancellor said the cuts …, he told activists": the clause is another cue's, which it would hide
  if (cueBetween(cues, cue, start, firstSubordinate(seq, start, comma) ?? cue.first)) return runs;
  // a clause the tagger did find before the comma stays as it is
  const before = runs.some((r) => r.role === 'content' && r.last < source.first && r.first >= start);
  const rest = runs.filter((r) => r !== hearer);
  const clause: Run = { role: 'content', first: start, last: comma - 1 };
  return before ? rest : [...rest, clause].sort((a, b) => a.first - b.first);
}

/** "told", "has told", "had also told": no passive ("was told" names no hearer after it). */
function tellsAlone(seq: Sequence, cue: Run): boolean {
  if (!TELLS.test(wordAt(seq, cue.last))) return false;
  for (let k = cue.first; k < cue.last; k++) if (!BEFORE_TOLD.test(wordAt(seq, k))) return false;
  return true;
}

/**
 * Where a clause set off by a comma and a conjunction starts inside the
 * content ("…, since he was talking about skills …, Mr Balls told the BBC"):
 * a cue there is the aside's, nested in the content, not the clause's own.
 */
function firstSubordinate(seq: Sequence, from: number, to: number): number | undefined {
  for (let k = from + 1; k < to; k++)
    if (wordAt(seq, k - 1) === ',' && SUBORDINATE.test(wordAt(seq, k))) return k;
  return undefined;
}

/** The words after the cue up to its sentence's last token. */
function untaggedTail(seq: Sequence, cue: Run): Run | undefined {
  let last = cue.last;
  while (last + 1 < seq.tokens.length && seq.sentence[last + 1] === seq.sentence[cue.first]) last++;
  if (/^[.!?]$/.test(wordAt(seq, last))) last--;
  // one word ("told MPs."): the clause fallback (assemble.ts clauseOf) takes the clause whole, past the edge ranker
  return last > cue.last + 1 ? { role: 'content', first: cue.last + 1, last } : undefined;
}

/** A clause has a verb; a list of titles ("The Subtle Knife and The Amber Spyglass - tell the story") has none. */
function hasVerb(seq: Sequence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (VERB_LIKE.test(wordAt(seq, k))) return true;
  return false;
}

/** The run is a short noun phrase that ends the cue's sentence: "the BBC", "GMTV's Sunday programme". */
function onlyHearer(seq: Sequence, run: Run, cue: Run): boolean {
  if (run.last - run.first >= MAX_HEARER_TOKENS) return false;
  const sentence = seq.sentence[cue.first];
  const next = run.last + 1;
  const ends =
    next >= seq.tokens.length || seq.sentence[next] !== sentence || /^[.!?]$/.test(wordAt(seq, next));
  if (!ends) return false;
  for (let k = run.first; k <= run.last; k++) if (NOT_A_HEARER.test(wordAt(seq, k))) return false;
  return true;
}

export const TELLS = /^(?:told|tells|tell|telling)$/i;
/** Words "the BBC News website" never holds: a clause, a quote or a report's own words. */
export const NOT_A_HEARER =
  /^(?:that|if|whether|how|why|what|to|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did|not|["“”'‘’:])$/i;
const MAX_HEARER_TOKENS = 8;
/** Words a "told" cue may open on: "has told", "had earlier told", "also told". */
const BEFORE_TOLD = /^(?:has|have|had|also|later|earlier|\p{Ll}{2,}ly)$/u;
const SUBORDINATE = /^(?:since|because|as|while|when|although|though|whereas)$/i;
/** Words a clause before the comma has at least. */
const MIN_CLAUSE_TOKENS = 3;
