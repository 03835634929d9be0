import { pastQuoteTail } from '../claims/quote-tail';
import type { AnnotatedText, Attribution, Fragments } from '../extract/types';
import { findQuotes, type Quote, quotedWords } from '../text/quotations';
import { sentenceAt } from '../text/sentences';
import { covers, type Range } from './assemble';

/**
 * A quote that goes on in the next paragraph is left open and reopened there
 * (`… said Ann Lee. "A.¶"B.` then narration): B is still Ann Lee's, and so is
 * a quote that opens the paragraph after one ending on her attribution
 * (`"A," said Ann Lee.¶"B."`). The tagger reads one paragraph at a time, so
 * B, with no cue of its own, was lost, became an unattributed claim, or went
 * to the next cue in narration, often someone else's. Such a quote joins the
 * content of the attribution that holds the quote before it, and leaves any
 * other content; an attribution left with no content is dropped. A quote with
 * a cue of its own in its closing sentence (`"B," she added.`) is left to it.
 * PolNeAR marks these quotes the same way.
 */
export function continuedQuotes(
  doc: AnnotatedText,
  found: Attribution[],
  quotes: Quote[] = findQuotes(doc.text, doc.paragraphs),
  persons: Range[] = [],
): Attribution[] {
  let list = found;
  for (const [i, left] of quotes.entries()) {
    if (!held(list, left)) {
      const colon = colonOwner(doc.text, list, left);
      const owner =
        colon ??
        sentenceOwner(doc, list, left) ??
        reopenedOwner(doc.text, list, quotes, i) ??
        paragraphOwner(doc, list, left, persons);
      if (owner) list = carried(doc, list, quotes, owner, i);
      if (colon) list = list.map((a) => (a.cue === colon.cue ? withoutFronted(a) : a));
    }
    // a quote that goes on in the next paragraph, its owner found above or before
    const next = quotes[i + 1];
    const paragraph = next && paragraphBefore(doc, left, next);
    if (!paragraph) continue;
    const owner = list.find((a) => a.content.some((f) => f.start <= left.open + 1 && left.open + 1 < f.end));
    if (owner && (left.runsOn || endsOn(doc.text, owner, paragraph)))
      list = carried(doc, list, quotes, owner, i + 1);
  }
  return list;
}

/**
 * `He accused them of waste. "A." Mr Brown liked …, the Tory leader said.`: a
 * content opened in a quote before its cue and run past the quote's stop into
 * narration loses the quote in the claims layer (claims/quote-tail.ts), which
 * left it no one's. Such a quote goes on for the speaker before it, as one no
 * content holds would. PolNeAR gives it to the later cue (`"A." Narration,
 * "B," he says.`), so only the claims layer calls this.
 */
export function tailQuotes(
  doc: AnnotatedText,
  found: Attribution[],
  quotes: Quote[],
  persons: Range[],
): Attribution[] {
  let list = found;
  for (const [i, q] of quotes.entries()) {
    if (
      !held(list, q) ||
      !list.every((a) => !overlapsQuote(a, q) || pastQuoteTail(doc.text, quotes, a) !== a)
    )
      continue;
    const owner =
      sentenceOwner(doc, list, q) ??
      reopenedOwner(doc.text, list, quotes, i) ??
      paragraphOwner(doc, list, q, persons);
    if (owner) list = carried(doc, list, quotes, owner, i);
  }
  return list;
}

/**
 * The quotes from `from` on, each given to `owner` (then to whoever holds the
 * last piece), until one has a cue of its own or does not go on: a quote
 * reopened right after the one before, with no closing mark between, goes on
 * too (`"B. "C.`).
 */
export function carried(
  doc: AnnotatedText,
  found: Attribution[],
  quotes: Quote[],
  owner: Attribution,
  from: number,
) {
  // a text set with curly marks uses a straight one only by mistake: no quote to go on with
  const curly = doc.text.includes('“');
  let list = found;
  let holder = owner;
  for (let j = from; j < quotes.length; j++) {
    const q = quotes[j] as Quote;
    if (j > from && !goesOn(doc.text, quotes[j - 1] as Quote, q)) break;
    const piece = inside(doc, q, quotes[j + 1]);
    if (!piece || (curly && doc.text[q.open] === '"') || hasOwnCue(doc, list, q) || holdsCue(list, piece))
      break;
    if (!q.runsOn && !spoken(doc.text, q, piece) && !reopened(doc.text, q, quotes[j + 1])) break;
    list = moved(doc.text, list, holder, piece);
    holder = list.find((a) => covers(a.content, piece)) as Attribution;
  }
  return list;
}

/**
 * `… the Cabinet Office said it was reviewing the scheme. "Unions will be
 * consulted.` A quote that opens the sentence after one ending on an
 * attribution with a source, in the same paragraph, held by no content: the
 * same speaker goes on in their own words. The BBC set ran such paragraphs
 * together, so there was no paragraph break to go by.
 */
const BLANKS = /\s*/uy;

function sentenceOwner(doc: AnnotatedText, list: Attribution[], q: Quote): Attribution | undefined {
  const before = sentenceBefore(doc, q);
  return before && speakerOf(doc, list, before);
}

/** The content after the cue alone, once the colon's quote is in it: the clause before was a circumstance ("Faced with …,"). */
function withoutFronted(a: Attribution): Attribution {
  const cue = (a.cue[0] as Range).start;
  const after = a.content.filter((f) => f.start > cue);
  return after.length && after.length < a.content.length ? { ...a, content: after } : a;
}

const COLON_AFTER = /^[^\S\n]*:[^\S\n]*$/u;
const AFTER_CUE = /^[^.!?:;"“”\n]{0,60}$/u;

/**
 * `Referring to the US wins, Matt Bellamy said: "There needs to be more
 * European bands."`, `He added: "A. "B."`: a quote held by no content right
 * after a colon that ends its cue's clause (the cue, then only words: a
 * hearer, a place) is that cue's, though the edge ranker gave it the clause
 * before or only a later quote.
 */
function colonOwner(text: string, list: Attribution[], q: Quote): Attribution | undefined {
  const colon = text.lastIndexOf(':', q.open);
  if (colon < 0 || !COLON_AFTER.test(text.slice(colon, q.open))) return undefined;
  return list.find(
    (a) =>
      a.source?.length &&
      // the cue may hold its colon ("added:")
      a.cue.some((c) => c.end <= colon + 1 && AFTER_CUE.test(text.slice(Math.min(c.end, colon), colon))),
  );
}

/**
 * `… the important thing was the content, said Mr Thomas.¶"If in doubt
 * retain …`: a quote that opens a paragraph, held by no content, after one
 * whose last sentence ends on an attribution with a source, or quotes its
 * speaker (`"A," Bennett told Radio Five Live.¶"B.`), goes on for it, as
 * within a paragraph. The rule above for a quote after a quote covers only an
 * attribution that is the last thing its paragraph says, hearer and all.
 */
function paragraphOwner(
  doc: AnnotatedText,
  list: Attribution[],
  q: Quote,
  persons: Range[],
): Attribution | undefined {
  const p = doc.paragraphs.findIndex((r) => r.start <= q.open && q.open < r.end);
  const previous = doc.paragraphs[p - 1];
  if (!previous || doc.text.slice((doc.paragraphs[p] as Range).start, q.open).trim() !== '') return undefined;
  const before = sentenceAt(doc.sentences, previous.end - 1);
  const owner =
    before && before.start >= previous.start
      ? (speakerOf(doc, list, before) ?? describedAfter(doc.text, list, before))
      : undefined;
  // a person, named or "he"/"she": a thing that "revealed" something, or "they say" in narration, quotes no one
  return owner && personal(doc.text, owner.source ?? [], persons) ? owner : undefined;
}

const PERSONAL_PRONOUN = /^(?:he|she)$/iu;

const personal = (text: string, source: Range[], persons: Range[]) =>
  source.some(
    (s) =>
      PERSONAL_PRONOUN.test(text.slice(s.start, s.end)) ||
      persons.some((m) => m.start < s.end && s.start < m.end),
  );

/**
 * `Wenger insists he has faith in the Spaniard, who was signed last summer
 * …¶"If you look …`: the sentence's one attribution with a source, when all
 * the sentence says after it is a relative clause on its last word, which
 * describes (a passive cue there, "who was signed", has no speaker of its own).
 */
function describedAfter(text: string, list: Attribution[], sentence: Range): Attribution | undefined {
  const within = list.filter(
    (a) => a.source?.length && a.cue.some((c) => c.start >= sentence.start && c.end <= sentence.end),
  );
  const [only] = within;
  if (within.length !== 1 || !only) return undefined;
  const end = Math.max(...[...only.cue, ...(only.source ?? []), ...only.content].map((f) => f.end));
  // a cue with a speaker in the clause would be a second attribution with a source (`within`)
  return RELATIVE_TAIL.test(text.slice(end, sentence.end)) ? only : undefined;
}

/** A relative clause after a comma, up to the sentence's end, with no quote in it. */
const RELATIVE_TAIL = /^,\s+(?:who|which|whose)\s[^"“”]*$/u;

/** Of the attributions with a source whose cue lies in the sentence, the one that goes on speaking after it. */
function speakerOf(doc: AnnotatedText, list: Attribution[], before: Range): Attribution | undefined {
  const speaking = list.filter(
    (a) => a.source?.length && a.cue.some((c) => c.start >= before.start && c.end <= before.end),
  );
  // one that quoted its speaker goes on quoting (`"A," says Stone, a co-author. "B."`, as PolNeAR marks it);
  // else the one the sentence ends on; of several, the one whose cue comes last
  const quoting = speaking.filter((a) => a.content.some((f) => QUOTE_MARK.test(doc.text[f.start - 1] ?? '')));
  const ending = speaking.filter((a) => endsOn(doc.text, a, before));
  return last(quoting.length ? quoting : ending);
}

/** The sentence before the one the quote opens, in the same paragraph; none when the quote opens no sentence. */
export function sentenceBefore(doc: AnnotatedText, q: Quote): Range | undefined {
  // the sentence its first word is in: a splitter may leave a straight mark on the sentence before
  BLANKS.lastIndex = q.open + 1;
  const first = BLANKS.test(doc.text) ? BLANKS.lastIndex : q.open + 1;
  const sentence = sentenceAt(doc.sentences, first);
  if (!sentence || doc.text.slice(sentence.start, first).replace(/["“\s]/gu, '') !== '') return undefined;
  const before = sentenceAt(doc.sentences, Math.min(sentence.start, q.open) - 1);
  const paragraph = doc.paragraphs.find((r) => r.start <= q.open && q.open < r.end);
  return before && paragraph && before.start >= paragraph.start ? before : undefined;
}

/**
 * `… he says. "A. "B.`: a quote reopened right after one an attribution
 * holds, with no closing mark between, goes on for the same speaker.
 */
function reopenedOwner(
  text: string,
  list: Attribution[],
  quotes: Quote[],
  i: number,
): Attribution | undefined {
  const before = quotes[i - 1];
  const q = quotes[i] as Quote;
  // only after a quote that ends a sentence: a closing mark set as an opening one (`“abhorrent“ in a tweet`) reopens nothing
  if (!before || !OPENING.test(text[q.open] ?? '') || !goesOn(text, before, q)) return undefined;
  if (!/[.?!]$/u.test(text.slice(before.open + 1, before.close).trimEnd())) return undefined;
  return list.find((a) => a.source?.length && overlapsQuote(a, before));
}

/**
 * A cue inside the piece whose content is outside it: marks paired across
 * narration (`"A, " he said. "B.`), not a quote. A cue the quoted speaker uses
 * ("I think that …") has its content inside.
 */
const holdsCue = (list: Attribution[], piece: Range) =>
  list.some(
    (a) =>
      a.cue.some((c) => c.start < piece.end && piece.start < c.end) &&
      a.content.some((f) => f.end <= piece.start || piece.end <= f.start),
  );

/** Whether some content holds part of the quote. */
export const held = (list: Attribution[], q: Quote) => list.some((a) => overlapsQuote(a, q));
const overlapsQuote = (a: Attribution, q: Quote) =>
  a.content.some((f) => f.start < q.close && q.open < f.end);

const QUOTE_MARK = /["“]/u;
const OPENING = /["“«]/u;

/** The attribution whose cue comes last. */
const last = (list: Attribution[]) =>
  list.reduce<Attribution | undefined>((l, a) => (l && start(l) > start(a) ? l : a), undefined);
const start = (a: Attribution) => (a.cue[0] as Range).start;

/** The piece taken from every content that holds it and given to `owner`'s. */
function moved(text: string, list: Attribution[], owner: Attribution, piece: Range): Attribution[] {
  return list.flatMap((a) => {
    if (a === owner) return [{ ...a, content: withPiece(a.content, piece) }];
    const content = without(text, a.content, piece);
    if (content.length === a.content.length && content.every((f, k) => f === a.content[k])) return [a];
    return content.length ? [{ ...a, content }] : [];
  });
}

const reopened = (text: string, q: Quote, after: Quote | undefined) =>
  after !== undefined && reopens(text, q, after);

/** Whether `q` opens where `before` ends, a mark reopening the quote (a paragraph break lost between). */
const reopens = (text: string, before: Quote, q: Quote) =>
  !before.runsOn && text.slice(before.close, q.open).trim() === '';

/**
 * Whether `q` reopens `before`, or opens right after its closing mark with
 * only spaces between (`"A." "B."`): the BBC set lost the paragraph breaks of
 * a quote run over several, and kept the marks of both.
 */
const goesOn = (text: string, before: Quote, q: Quote) =>
  reopens(text, before, q) || (!before.runsOn && /^["”][^\S\n]+$/u.test(text.slice(before.close, q.open)));

/** `left`'s paragraph, when `next` opens the one right after it. */
function paragraphBefore(doc: AnnotatedText, left: Quote, next: Quote): Range | undefined {
  const p = doc.paragraphs.findIndex((r) => r.start <= left.open && left.open < r.end);
  const following = doc.paragraphs[p + 1];
  if (!following || next.open < following.start || next.open >= following.end) return undefined;
  return doc.text.slice(following.start, next.open).trim() === '' ? doc.paragraphs[p] : undefined;
}

/** Where or when it was said, ending the sentence: " on their website last Friday", " at a news conference". */
const CIRCUMSTANCE = /^\s+(?:on|in|at)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+[.!?]?["”]?\s*$/u;

/** A sentence adverb closing the sentence, which still ends on the attribution: "He warned them against it, however." */
const AFTERTHOUGHT = /^,\s+(?:however|though|too|instead|nonetheless|nevertheless)[.!?]?\s*["“]?\s*$/u;

/** Whether the attribution is the last thing its paragraph says: only punctuation, or its circumstance, after its spans there. */
function endsOn(text: string, a: Attribution, paragraph: Range): boolean {
  const ends = [...a.cue, ...(a.source ?? []), ...a.content]
    .filter((f) => f.start < paragraph.end && f.end > paragraph.start)
    .map((f) => Math.min(f.end, paragraph.end));
  const last = Math.max(paragraph.start, ...ends);
  const rest = text.slice(last, paragraph.end);
  return !/[\p{L}\p{N}]/u.test(rest) || CIRCUMSTANCE.test(rest) || AFTERTHOUGHT.test(rest);
}

/** What may sit between a quote and its own attribution, in its paragraph: `," said X`, `?" X asked`. */
const ATTACHED = /^[ \t,.;:!?"”'’—–-]*$/u;

/**
 * A cue after the quote in the sentence it closes (`"B," she added.`), or a
 * tag of its own right after it (`"B?" Vitter asked.`), not a new sentence
 * that goes on to its own content (`"B." Mr Howard said voters …`).
 */
function hasOwnCue(doc: AnnotatedText, list: Attribution[], q: Quote): boolean {
  const sentence = sentenceAt(doc.sentences, q.close);
  const end = sentence ? sentence.end : q.close + 1;
  return list.some((a) => {
    if (a.cue.some((c) => c.start >= q.close && c.start < end)) return true;
    const tag = [...a.cue, ...(a.source ?? [])];
    const first = Math.min(...tag.map((f) => f.start));
    const last = Math.max(...tag.map((f) => f.end));
    if (first < q.close || !ATTACHED.test(doc.text.slice(q.close, first))) return false;
    return !/\p{L}/u.test(doc.text.slice(last, sentenceAt(doc.sentences, last - 1)?.end ?? last));
  });
}

/** A quote that ends a sentence or a clause, inside its marks or right after them: not a title (`"American Skin" was written …`). */
const spoken = (text: string, q: Quote, piece: Range) =>
  /[.?!,:;…—–-][\s'’\])]*$/u.test(text.slice(piece.start, piece.end)) ||
  /^[.?!,:;]/u.test(text.slice(q.close + 1));

/** The quote's text without its marks and outer blanks. */
function inside(doc: AnnotatedText, q: Quote, after: Quote | undefined): Range | null {
  const words = quotedWords(doc.text, q);
  const start = words.start;
  let end = words.end;
  // left open with no quote opening the next paragraph: its closing mark was lost, so only its first sentence is sure
  if (q.runsOn && !(after && paragraphBefore(doc, q, after))) {
    const sentence = sentenceAt(doc.sentences, start);
    if (sentence) end = Math.min(end, start + doc.text.slice(start, sentence.end).trimEnd().length);
  }
  return end > start ? { start, end } : null;
}

/**
 * The piece as a fragment of its own: one across the paragraph break would
 * span the marks between, and read as partly unquoted (claims/build.ts).
 */
function withPiece(content: Fragments, piece: Range): Fragments {
  const out: Fragments = [];
  for (const f of [...content, piece].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    if (prev && f.start < prev.end) prev.end = Math.max(prev.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

/** Fragments with the range cut out; what is left of one keeps its words, not the marks and blanks at its edges. */
function without(text: string, content: Fragments, cut: Range): Fragments {
  return content.flatMap((f) => {
    if (f.end <= cut.start || cut.end <= f.start) return [f];
    const parts = [
      { start: f.start, end: Math.min(f.end, cut.start) },
      { start: Math.max(f.start, cut.end), end: f.end },
    ];
    return parts.flatMap((r) => trimmed(text, r));
  });
}

const EDGE = /[\s"“”«»]/u;

function trimmed(text: string, r: Range): Fragments {
  let { start, end } = r;
  while (start < end && EDGE.test(text[start] as string)) start++;
  while (end > start && EDGE.test(text[end - 1] as string)) end--;
  return /\p{L}/u.test(text.slice(start, end)) ? [{ start, end }] : [];
}
