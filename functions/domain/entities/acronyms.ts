import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokenize';
import type { Span } from './clean';

export interface AcronymPair {
  long: Span;
  short: Span;
}

const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}&-]{1,9}$/u;
/** Tokens between the brackets at most: ten initials and the small words between them. */
const MAX_INNER = 30;
/** Small words an acronym leaves out (also ./bracketed-acronyms). */
// biome-ignore format: compact word list
export const SKIPPED_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', '&', 'de', 'du', 'la', 'des']);

/** Capital letters of an acronym: "DoD" -> "DD", "PMU" -> "PMU". */
function letters(acronym: string): string {
  return acronym.replace(/[^\p{Lu}]/gu, '');
}

/** Initials of the significant words, hyphenated parts counted apart: "Defeat-ISIS Coalition" -> "DIC". */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => !SKIPPED_WORDS.has(w.toLowerCase()))
    .flatMap((w) => w.split('-'))
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** Whether a word is written as an acronym: two capitals or more ("PMU", "DrKW"). */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/** Whether `acronym`'s capitals are the initials of `name`'s significant words ("DrKW", Dresdner Kleinwort Wasserstein). */
export function abbreviates(acronym: string, name: string): boolean {
  return initials(name.split(/\s+/).filter(Boolean)) === letters(acronym);
}

/**
 * "Popular Mobilization Units (PMU)" and "PMU (Popular Mobilization Units)":
 * a long form and its acronym, to become one entity.
 */
export function findAcronymPairs(sentences: Sentence[]): AcronymPair[] {
  const pairs: AcronymPair[] = [];
  for (const { tokens } of sentences) {
    for (let i = 1; i + 2 < tokens.length; i++) {
      if ((tokens[i] as Token).text !== '(') continue;
      // near: searched to the sentence's end from every "(", a line of them was quadratic
      let close = i + 1;
      while (close < tokens.length && close - i <= MAX_INNER && (tokens[close] as Token).text !== ')')
        close++;
      if (close >= tokens.length || (tokens[close] as Token).text !== ')') continue;
      const inner = tokens.slice(i + 1, close);
      const pair =
        inner.length === 1 && ACRONYM.test((inner[0] as Token).text)
          ? longFormBefore(tokens, i, inner[0] as Token)
          : acronymBefore(tokens, i, inner);
      if (pair) pairs.push(pair);
    }
  }
  return pairs;
}

function longFormBefore(tokens: Token[], paren: number, acronym: Token): AcronymPair | null {
  const target = letters(acronym.text);
  for (let first = paren - 1; first >= 0 && paren - first <= target.length + 3; first--) {
    const words = tokens.slice(first, paren);
    const head = words[0] as Token;
    if (!/^\p{Lu}/u.test(head.text)) continue;
    if (initials(words.map((w) => w.text)) === target) {
      return { long: { start: head.start, end: (words.at(-1) as Token).end }, short: span(acronym) };
    }
  }
  return null;
}

function acronymBefore(tokens: Token[], paren: number, inner: Token[]): AcronymPair | null {
  const acronym = tokens[paren - 1] as Token;
  if (!ACRONYM.test(acronym.text) || inner.length < 2 || !/^\p{Lu}/u.test((inner[0] as Token).text))
    return null;
  if (initials(inner.map((w) => w.text)) !== letters(acronym.text)) return null;
  return {
    long: { start: (inner[0] as Token).start, end: (inner.at(-1) as Token).end },
    short: span(acronym),
  };
}

function span(t: Token): Span {
  return { start: t.start, end: t.end };
}
