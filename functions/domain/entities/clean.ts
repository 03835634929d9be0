import { OTHER_ABBREVIATIONS } from '../text/abbreviations';

export interface Span {
  start: number;
  end: number;
}

const EDGE_JUNK = /[\s"“”‘’'«»()[\]{},;:!?*_|/\\—–-]/u;

/**
 * Trims a mention to its name: no stray punctuation or quote marks, no
 * possessive 's, no lower-case "the". Returns null when nothing is left.
 */
export function cleanSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && EDGE_JUNK.test(text[start] as string)) start++;
  for (;;) {
    const before = end;
    while (end > start && EDGE_JUNK.test(text[end - 1] as string)) end--;
    if (/['’]s$/.test(text.slice(start, end)) && end - start > 2) end -= 2;
    else if (/['’]$/.test(text.slice(start, end))) end -= 1;
    if (text[end - 1] === '.' && !keepsPeriod(text.slice(start, end))) end--;
    if (end === before) break;
  }
  if (/^the\s/.test(text.slice(start, end))) start += 4;
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) end--;
  if (start >= end || !/\p{L}/u.test(text.slice(start, end))) return null;
  return { start, end };
}

/** A member's or an officer's word the tagger took into a body's name: "Former [Tory]", "[Tory] MP", "[Acme Party] Co-Chairman". */
const LEADING_ROLE = /^(?:Former|Ex)\s+/u;
const TRAILING_ROLE = /\s+(?:MPs?|MEPs?|MSPs?|(?:[Cc]o-)?[Cc]hair(?:man|woman)|[Ss]pokes(?:man|woman))$/u;

/** An organisation's span without such words; null when nothing is left. */
export function trimRoleWords(text: string, span: Span): Span | null {
  const name = text.slice(span.start, span.end);
  const start = span.start + (LEADING_ROLE.exec(name)?.[0].length ?? 0);
  const end = span.end - (TRAILING_ROLE.exec(name)?.[0].length ?? 0);
  return start < end && /\p{L}/u.test(text.slice(start, end)) ? { start, end } : null;
}

/** "U.S." and "Inc." keep their final period; "Iraq." does not. */
export function keepsPeriod(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return /^(?:\p{L}\.){2,}$/u.test(last) || OTHER_ABBREVIATIONS.has(last.slice(0, -1));
}
