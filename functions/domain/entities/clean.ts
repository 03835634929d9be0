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

/** "U.S." and "Inc." keep their final period; "Iraq." does not. */
function keepsPeriod(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  return /^(?:\p{L}\.){2,}$/u.test(last) || OTHER_ABBREVIATIONS.has(last.slice(0, -1));
}
