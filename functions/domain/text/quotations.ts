export interface Quote {
  /** Offsets of the opening and closing marks (for a quote with no closing mark, where its text ends). */
  open: number;
  close: number;
  /** Left open at its paragraph's end: newspapers reopen a quote that goes on in the next paragraph. */
  runsOn?: true;
}

/** " “ ” « »: the only characters that open or close a quote; the scan skips the rest cheaply. */
function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb;
}

/** Which way a mark faces: a straight one by its neighbours, as a typesetter would curl it. */
function facing(text: string, i: number, from: number, to: number): 'open' | 'close' | 'either' {
  const ch = text[i] as string;
  if (ch === '“' || ch === '«') return 'open';
  if (ch === '»') return 'close';
  const before = i > from ? (text[i - 1] as string) : ' ';
  // a reversed ” after a space is a mistyped opener
  if (ch === '”') return /\s/u.test(before) ? 'either' : 'close';
  const after = i + 1 < to ? (text[i + 1] as string) : ' ';
  // a mark set apart by spaces both sides (`control, " added X`) closes an open quote
  if (/\s/u.test(before) && /\s/u.test(after)) return 'either';
  if (/[\s([{—–-]/u.test(before)) return 'open';
  return /[\s)\]},.;:!?—–-]/u.test(after) ? 'close' : 'either';
}

/**
 * Quotations as pairs of marks, each mark facing as its neighbours say
 * ("… he said. “Yes" opens; "yes,” he" closes). A quote never runs past a
 * paragraph end: one still open there ends with its paragraph (`runsOn`), as
 * a quote going on over paragraphs reopens at each. A mark opening inside a
 * quote ends that one there: a text that lost its paragraph breaks keeps the
 * reopening mark ("… years. “But …").
 */
/** A quote's words between its marks, without the spaces next to them (empty when it holds none). */
export function quotedWords(text: string, q: Quote): { start: number; end: number } {
  const body = text.slice(q.open + 1, q.close);
  return {
    start: q.open + 1 + body.length - body.trimStart().length,
    end: q.open + 1 + body.trimEnd().length,
  };
}

export function findQuotes(text: string, paragraphs: { start: number; end: number }[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      if (!isQuoteMark(text.charCodeAt(i))) continue;
      const way = facing(text, i, p.start, p.end);
      if (open < 0) {
        if (way !== 'close') open = i;
      } else if (way === 'open') {
        // the quote before ends where its text does, before the space
        push(quotes, open, open + text.slice(open, i).trimEnd().length);
        open = i;
      } else {
        push(quotes, open, i);
        open = -1;
      }
    }
    if (open >= 0) push(quotes, open, open + text.slice(open, p.end).trimEnd().length, true);
  }
  return quotes;
}

/** Adds the quote from mark `open` to `close`, unless it holds nothing. */
function push(quotes: Quote[], open: number, close: number, runsOn = false): void {
  if (close - open > 1) quotes.push(runsOn ? { open, close, runsOn } : { open, close });
}
