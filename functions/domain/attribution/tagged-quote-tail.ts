import type { Attribution, Fragments } from '../extract/types';

/** A quote's closing mark (a comma, "?" or "!" before or after it), then its tag: no full stop between. */
/** A quote's closing marks (and comma) right before its tag: `…," he added`. */
export const TAG_GAP = /^[,?!]?["”’]{1,2},?\s{1,3}$/u;
/** An opening quote mark right before a content. */
const OPENED = /["“]\s?$/u;
/** A closing quote mark: one after a word or a stop. */
const CLOSED = /\S["”]/u;
/** What a cut content sheds at its end: blanks, quote marks, a full stop or colon. */
const TAIL = /[\s"“”'‘.…:]{1,8}$/u;

/**
 * `He admitted: "A. "B," he added.`, `X said it had erred. "B," said Y.`: a
 * content run on, over lost paragraph breaks, into a quote that another
 * claim with a source holds and tags right after its close is that claim's
 * alone: the first content ends where the second begins. Only a tag after
 * its quote (the quote its whole content) shows whose the quote is; a
 * content that opens on the same words, or a later claim whose content also
 * runs past its cue, may be the wrong holder and is left.
 */
export function endBeforeTaggedQuotes(text: string, found: Attribution[]): Attribution[] {
  return found.map((a) => {
    const start = a.content[0]?.start;
    const end = a.content[a.content.length - 1]?.end;
    const cue = a.cue[0];
    if (start === undefined || end === undefined || !cue) return a;
    const starts = found
      .filter((b) => b !== a && tagsQuoteIn(text, b, start, end, cue.end))
      .map((b) => (b.content[0] as { start: number }).start);
    return starts.length ? { ...a, content: endAt(text, a.content, Math.min(...starts)) } : a;
  });
}

/** `b` holds a quote opening inside `start`-`end` (past `cueEnd`), closed only right before b's tag past `end`. */
function tagsQuoteIn(text: string, b: Attribution, start: number, end: number, cueEnd: number): boolean {
  const first = b.content[0];
  if (!b.source?.length || !first || first.start <= start || first.start <= cueEnd || first.start >= end)
    return false;
  const tag = tagStart(b);
  if (tag < end || !OPENED.test(text.slice(first.start - 2, first.start))) return false;
  // one quote from its opening mark to the tag: "A." "B," he added. gives him only B; "…," he added. "C." goes on
  return b.content.some(
    (f) =>
      f.end <= tag && TAG_GAP.test(text.slice(f.end, tag)) && !CLOSED.test(text.slice(first.start, f.end)),
  );
}

/** The fragments before `at`, the one across it ending there without its trailing blanks and marks. */
/** Where an attribution's tag (its cue and source) starts. */
export function tagStart(a: Attribution): number {
  return Math.min(...a.cue.map((c) => c.start), ...(a.source ?? []).map((s) => s.start));
}

function endAt(text: string, content: Fragments, at: number): Fragments {
  return content
    .filter((f) => f.start < at)
    .map((f) => (f.end > at ? { ...f, end: f.start + text.slice(f.start, at).replace(TAIL, '').length } : f))
    .filter((f) => f.end > f.start);
}
