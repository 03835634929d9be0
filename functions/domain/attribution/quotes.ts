import type { Token } from '../text/tokenize';

/** Where a token stands relative to double quotation marks. */
export const OUTSIDE = 0;
export const INSIDE = 1;
export const OPENING = 2;
export const CLOSING = 3;

const OPEN_MARKS = new Set(['“', '„', '«']);
const CLOSE_MARKS = new Set(['”', '»']);
const HALF = new Set(["'", '`']);

/** 1 for a double quote mark, 2 for the second half of '' or ``, else 0. */
function quoteKind(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  if (OPEN_MARKS.has(t.text) || CLOSE_MARKS.has(t.text) || t.text === '"') return 1;
  if (!HALF.has(t.text)) return 0;
  const prev = tokens[i - 1];
  if (prev && prev.end === t.start && HALF.has(prev.text)) return 2;
  const next = tokens[i + 1];
  return next !== undefined && next.start === t.end && HALF.has(next.text) ? 1 : 0;
}

function opens(text: string, tokens: Token[], i: number, inside: boolean): boolean {
  const t = tokens[i] as Token;
  if (OPEN_MARKS.has(t.text) || t.text === '`') return true;
  if (CLOSE_MARKS.has(t.text)) return false;
  const before = t.start > 0 ? (text[t.start - 1] as string) : ' ';
  if (/[\s([{—–-]/.test(before)) return true;
  const end = quoteKind(tokens, i + 1) === 2 ? (tokens[i + 1] as Token).end : t.end;
  const after = end < text.length ? (text[end] as string) : ' ';
  if (/[\s)\]},.;:!?—–-]/.test(after)) return false;
  return !inside;
}

/**
 * Quote state of each token of a paragraph. The state resets at each
 * paragraph: a quote running on over paragraphs reopens at each.
 */
export function quoteStates(text: string, tokens: Token[]): Uint8Array {
  const states = new Uint8Array(tokens.length);
  let inside = false;
  for (let i = 0; i < tokens.length; i++) {
    const kind = quoteKind(tokens, i);
    if (kind === 0) states[i] = inside ? INSIDE : OUTSIDE;
    else if (kind === 2) states[i] = states[i - 1] as number;
    else {
      inside = opens(text, tokens, i, inside);
      states[i] = inside ? OPENING : CLOSING;
    }
  }
  return states;
}
