import type { Range } from '../model/document';
import type { Quote } from '../text/quotations';

/** A quote's last words end a sentence: `seats.`, `win?'`. */
const ENDS_SENTENCE = /[.?!]['’)]?$/u;
/** Between the two quotes, only a closing mark (if the first had one) and blanks. */
const ONLY_MARK_BETWEEN = /^["”]?\s*$/u;
const OPENING = /["“]/u;

/**
 * `Mr Davey said: "We will win more seats. "I think it will be our best
 * result."`: the BBC set ran a quote's paragraphs together, so each reopens
 * with a mark right where the one before ends a sentence. A content run
 * across such a mark held the marks between as its words, and read as partly
 * unquoted (mixed). It is cut there, one piece to each quote: these are
 * the places, as ranges of the marks between.
 */
export function reopenedQuoteCuts(text: string, quotes: Quote[]): Range[] {
  return quotes.flatMap((q, i) => {
    const before = quotes[i - 1];
    if (!before || !OPENING.test(text[q.open] ?? '')) return [];
    if (!ENDS_SENTENCE.test(text.slice(before.open + 1, before.close).trimEnd())) return [];
    const gap = text.slice(before.close, q.open);
    return ONLY_MARK_BETWEEN.test(gap) ? [{ start: before.close, end: q.open + 1 }] : [];
  });
}

/** A content's pieces cut at the document's reopened quotes (`reopenedQuoteCuts`, found once per document). */
export function splitAtCuts(text: string, pieces: Range[], cuts: Range[]): Range[] {
  return pieces.flatMap((p) => {
    const out: Range[] = [];
    let start = p.start;
    for (const cut of cuts) {
      if (cut.start <= start || cut.end >= p.end) continue;
      out.push({ start, end: cut.start });
      start = cut.end;
    }
    if (!out.length) return [p];
    out.push({ start, end: p.end });
    return out.map((r) => trimmedStart(text, r)).filter((r) => /\p{L}/u.test(text.slice(r.start, r.end)));
  });
}

/** A piece after a cut starts at its first word, not the blank after the mark. */
function trimmedStart(text: string, r: Range): Range {
  const lead = text.slice(r.start, r.end).length - text.slice(r.start, r.end).trimStart().length;
  return { start: r.start + lead, end: r.end };
}
