import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import { sentenceAt } from '../text/sentences';
import type { Sequence } from './features';
import { CLOSING, INSIDE, OPENING, OUTSIDE } from './quotes';
import { type Run, runsOf } from './tags';

/** A quote the writer never closed, read as closing at the end of its first sentence. */
export interface EarlyClose {
  /** The paragraph's quote states with the rest of the quote read as narration. */
  states: Uint8Array;
  /** Token ranges taken out of the quote, each first..last inclusive. */
  cut: { first: number; last: number }[];
  /** Token ranges after a mark set apart by spaces that closes its quote (`spacedClose`): the tag after it keeps that quote. */
  closed: { first: number; last: number }[];
}

/**
 * A quote with no closing mark before the next opening one or its paragraph's
 * end that runs on past its first sentence (`confirmed: "I'm donating my prize
 * money … lives. His contribution follows …`): the writer may have lost the
 * closing mark, most often at that sentence's end. The states read the rest
 * as narration; whether it is, the tagger says (`narratedAfter`).
 */
export function closedEarly(text: string, seq: Sequence, q: Uint8Array): EarlyClose | undefined {
  const n = q.length;
  let states: Uint8Array | undefined;
  const cut: { first: number; last: number }[] = [];
  const closed: { first: number; last: number }[] = [];
  for (let i = 0; i < n; i++) {
    // a mark set apart by spaces (`industry, " Eric Abensur … told`) more likely closes the quote before
    const spaced = spacedClose(text, seq, q, i);
    if (spaced) {
      states ??= q.slice();
      states[i] = CLOSING;
      states.fill(OUTSIDE, i + 1, spaced);
      closed.push({ first: i + 1, last: spaced - 1 });
      continue;
    }
    if (q[i] !== OPENING || seq.tokens[i + 1]?.start !== seq.tokens[i]?.end) continue;
    let j = i + 1;
    while (j < n && q[j] === INSIDE) j++;
    if (j < n && q[j] === CLOSING) continue;
    const first = seq.sentence[i + 1];
    let k = i + 1;
    while (k < j && seq.sentence[k] === first) k++;
    // a sentence the splitter ended inside a bracket ("a [U.S.[ force") is no sentence of its own
    if (k >= j || !CAPITAL.test(seq.tokens[k]?.text ?? '')) continue;
    // a quote left open at its paragraph's end, the next reopening: one quote over paragraphs
    if (j === n && REOPENS.test(text.slice(seq.tokens[n - 1]?.end ?? 0, (seq.tokens[n - 1]?.end ?? 0) + 8)))
      continue;
    states ??= q.slice();
    states.fill(OUTSIDE, k, j);
    cut.push({ first: k, last: j - 1 });
  }
  return states ? { states, cut, closed } : undefined;
}

/**
 * A mark set apart by spaces after a sentence's or clause's end, while a quote
 * is open (`… a year. " And Chancellor Gordon Brown said`), which the tagger's
 * states read as opening a quote to the paragraph's end: it closes the one
 * before. The next mark, where the words read as narration end; 0 for any
 * other mark, or one a closing mark follows.
 */
function spacedClose(text: string, seq: Sequence, q: Uint8Array, i: number): number {
  const t = seq.tokens[i];
  if (
    q[i] !== OPENING ||
    !t ||
    !/[.!?,] $/u.test(text.slice(t.start - 2, t.start)) ||
    !/\s/u.test(text[t.end] ?? '')
  )
    return 0;
  let h = i - 1;
  while (h >= 0 && q[h] === INSIDE) h--;
  if (q[h] !== OPENING) return 0;
  let j = i + 1;
  while (j < q.length && q[j] === INSIDE) j++;
  return j > i + 1 && q[j] !== CLOSING ? j : 0;
}

const CLOSE_MARK = /^["”»]$/u;
const CAPITAL = /^\p{Lu}/u;
/** The next paragraph opens on a quote mark. */
const REOPENS = /^[^\S\n]*\n\s*["“]/u;

/** Words a speaker uses of themselves or their hearer, not a narrator. */
const FIRST_SECOND =
  /^(?:i|me|my|mine|we|us|our|ours|you|your|yours|i'm|we're|you're|i've|we've|i'll|we'll|i'd|we'd)$/u;
const PRONOUN = /^(?:i|you|he|she|it|we|they)$/iu;
/** A narrator's past tense of saying: "knows", "showed", "suggest" are as often a speaker's own. */
const NARRATED =
  /^(?:said|told|added|announced|revealed|explained|insisted|stressed|warned|admitted|claimed|argued|confirmed|stated|reported|agreed)$/iu;

/**
 * Whether the tagger, reading the cut words as narration, finds a report of
 * someone's there: a cue and its source in one sentence ("Scrichapan said he
 * would donate", ", it said."), with no word a speaker uses of themselves or
 * their hearer ("We know he's ambitious"), the source no lone pronoun but in
 * a tag after a comma (", it said.": "He knows Rafa's views" is still quoted),
 * the cue a narrator's verb.
 */
export function narratedAfter(seq: Sequence, tags: ArrayLike<number>, cut: EarlyClose['cut']): boolean {
  const runs = runsOf(tags);
  const within = (r: Run) => cut.some((c) => c.first <= r.first && r.last <= c.last);
  const word = (i: number) => (seq.tokens[i] as { text: string }).text;
  const spoken = (sentence: number) =>
    seq.tokens.some((t, i) => seq.sentence[i] === sentence && FIRST_SECOND.test(t.text.toLowerCase()));
  const narrator = (s: Run) =>
    within(s) && (s.first !== s.last || !PRONOUN.test(word(s.first)) || word(s.first - 1) === ',');
  const sources = runs.filter((r) => r.role === 'source' && narrator(r));
  return runs.some(
    (r) =>
      r.role === 'cue' &&
      within(r) &&
      seq.tokens.slice(r.first, r.last + 1).some((t) => NARRATED.test(t.text)) &&
      !spoken(seq.sentence[r.first] as number) &&
      sources.some((s) => seq.sentence[s.first] === seq.sentence[r.first]),
  );
}

/** The doc's quotes with each one cut early (`closedEarly`) ending where its first sentence does. */
export function withEarlyCloses(
  quotes: Quote[],
  seq: Sequence,
  q: Uint8Array,
  cut: EarlyClose['cut'],
): Quote[] {
  const ends = new Map<number, number>();
  for (const c of cut) {
    let open = c.first - 1;
    while (open > 0 && q[open] !== OPENING) open--;
    ends.set((seq.tokens[open] as { start: number }).start, (seq.tokens[c.first - 1] as { end: number }).end);
  }
  return quotes.map((x) => {
    const close = ends.get(x.open);
    return close === undefined ? x : { open: x.open, close };
  });
}

/**
 * A content kept on its side of a cut: a cue in the cut words takes nothing
 * before them (", it said." takes none of the quote before), and a cue
 * outside takes none of them ("He added: \"…" stops where the quote now closes).
 */
export function apartFromCut(content: Run[], cue: Run, cut: EarlyClose['cut']): Run[] {
  const own = cut.find((c) => c.first <= cue.first && cue.first <= c.last);
  if (own)
    return content
      .filter((r) => r.last >= own.first)
      .map((r) => ({ ...r, first: Math.max(r.first, own.first) }));
  return content
    .map((r) => {
      const from = cut.find((c) => c.first <= r.first && r.first <= c.last);
      return from ? { ...r, first: from.last + 1 } : r;
    })
    .filter((r) => r.first <= r.last)
    .map((r) => {
      const next = cut.find((c) => r.first < c.first && c.first <= r.last);
      return next ? { ...r, last: next.first - 1 } : r;
    });
}

/**
 * The quotes as the extractor read them (`closedEarly`, `narratedAfter`), for
 * those that see only the text and the attributions (the claims' kinds): a
 * quote no closing mark ends, whose words past its first sentence hold an
 * attribution's cue and source, ends with that sentence.
 */
export function quotesClosedEarly(
  text: string,
  sentences: readonly { start: number; end: number }[],
  quotes: Quote[],
  attributions: readonly Attribution[],
): Quote[] {
  return quotes.map((q) => {
    if (CLOSE_MARK.test(text[q.close] ?? '') && /\S/u.test(text[q.close - 1] ?? '')) return q;
    const first = sentenceAt(sentences, q.open + 1);
    if (!first || first.end >= q.close) return q;
    const past = (r: { start: number; end: number }) => r.start >= first.end && r.end <= q.close;
    const narrated = attributions.some((a) => a.cue.every(past) && a.source?.every(past));
    return narrated ? { open: q.open, close: first.end } : q;
  });
}
