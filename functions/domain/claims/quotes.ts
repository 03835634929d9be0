export interface Quote {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
}

const PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/** " “ ” « »: the only characters that open or close a quote; the scan skips the rest cheaply. */
function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb;
}

/**
 * Quotations as pairs of marks. Curly quotes pair by direction; straight
 * quotes pair in order. A quote may run over several sentences but never
 * past a paragraph end, since news style reopens quotes per paragraph.
 */
export function findQuotes(text: string, paragraphs: { start: number; end: number }[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    let open = -1;
    let closer = '';
    for (let i = p.start; i < p.end; i++) {
      if (!isQuoteMark(text.charCodeAt(i))) continue;
      const ch = text[i] as string;
      if (open < 0 && (PAIRS[ch] !== undefined || (ch === '”' && /\s/.test(text[i - 1] ?? ' ')))) {
        // A reversed ” after a space is a mistyped opener.
        open = i;
        closer = PAIRS[ch] ?? '”';
      } else if (open >= 0 && (ch === closer || (closer === '”' && ch === '"'))) {
        if (i - open > 1) quotes.push({ open, close: i });
        open = -1;
      }
    }
  }
  return quotes;
}
