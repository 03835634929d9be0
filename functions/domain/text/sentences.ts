import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations';
import { type Token, tokenize } from './tokenize';

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface TextRange {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…', '...']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = /^["“‘'([«]/;

function startsSentence(token: Token | undefined): boolean {
  if (!token) return true;
  return /^[\p{Lu}\p{N}]/u.test(token.text) || OPENERS.test(token.text);
}

/** An abbreviation token such as "U.S." or "Gen." that may or may not end the sentence. */
function endsAfterAbbreviation(token: Token, next: Token | undefined): boolean {
  if (!next) return true;
  const bare = token.text.slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(bare)) return false;
  return SENTENCE_STARTERS.has(next.text) || OPENERS.test(next.text);
}

function isBoundary(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const terminates = TERMINATORS.has(token.text);
  const abbreviated =
    !terminates && token.text.length > 1 && token.text.endsWith('.') && /\p{L}/u.test(token.text);
  // only then past the closing marks: skipped from every token, a run of quote marks was quadratic
  if (!terminates && !abbreviated) return false;
  let j = i + 1;
  while (j < tokens.length && CLOSERS.has((tokens[j] as Token).text)) j++;
  const next = tokens[j];
  return terminates ? startsSentence(next) : endsAfterAbbreviation(token, next);
}

/** Splits each paragraph into sentences; a sentence never crosses a paragraph. */
export function splitSentences(text: string, paragraphs: TextRange[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const tokens = tokenize(text, paragraph.start, paragraph.end);
    let first = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i < tokens.length - 1 && !isBoundary(tokens, i)) continue;
      let last = i;
      while (last + 1 < tokens.length && CLOSERS.has((tokens[last + 1] as Token).text)) last++;
      const slice = tokens.slice(first, last + 1);
      const head = slice[0];
      const tail = slice[slice.length - 1];
      if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: slice });
      first = last + 1;
      i = last;
    }
  }
  return sentences;
}

/** Paragraph ranges: blank-line blocks, or single lines when the text is not hard-wrapped. */
export function findParagraphs(text: string): TextRange[] {
  const lines: TextRange[] = [];
  const lineRe = /[^\n]+/g;
  for (const m of text.matchAll(lineRe)) {
    const start = m.index ?? 0;
    lines.push({ start, end: start + m[0].length });
  }
  const wrapped = looksHardWrapped(text, lines);
  const paragraphs: TextRange[] = [];
  let current: TextRange | null = null;
  for (const line of lines) {
    const trimmed = trimRange(text, line);
    if (!trimmed) {
      current = null;
      continue;
    }
    const blankBefore = current !== null && /\n\s*\n/.test(text.slice(current.end, trimmed.start));
    if (wrapped && current && !blankBefore) {
      current.end = trimmed.end;
    } else {
      current = { ...trimmed };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}

function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

/** Hard-wrapped text: blank-line separated blocks of many lines of similar, bounded width. */
function looksHardWrapped(text: string, lines: TextRange[]): boolean {
  if (lines.length < 4 || !/\n[ \t]*\n/.test(text)) return false;
  const widths = lines.map((l) => l.end - l.start).filter((w) => w > 0);
  const long = widths.filter((w) => w >= 40 && w <= 100).length;
  const blocks = text.split(/\n[ \t]*\n/).filter((b) => b.trim()).length;
  return long / widths.length > 0.6 && lines.length > blocks * 1.5 && Math.max(...widths) <= 120;
}

/** The index of the sentence holding `offset`, found by halving (sentences are in order); -1 for none. */
export function sentenceIndexAt(sentences: readonly TextRange[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as TextRange;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding `offset`. */
export function sentenceAt<S extends TextRange>(sentences: readonly S[], offset: number): S | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
}
