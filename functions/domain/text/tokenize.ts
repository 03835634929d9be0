import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations';

export interface Token {
  text: string;
  start: number;
  end: number;
}

const ABBREV = [...TITLE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace('.', '\\.'))
  .join('|');

/**
 * Penn-Treebank-like tokens, close to CoNLL-2003's: clitics ('s, n't) and
 * punctuation split off; initialisms (U.S.), known abbreviations (Gen.),
 * numbers (2,500 / 3.5 / 9/11) and hyphenated or apostrophe names
 * (al-Muhandis, O'Neill) kept whole. Hand-written: the JS tokenizers on npm
 * either drop offsets or do not split the way the CoNLL-trained tagger expects.
 */
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}(?:\p{Lu}\b)?`, // U.S. / U.S.A
    String.raw`(?<![\p{L}\p{N}])(?:${ABBREV})\.(?=\s|$)`, // Gen. Jan. Inc.
    String.raw`(?<![\p{L}\p{N}])\p{Lu}\.(?=\s+\p{Lu})`, // middle initial: John F. Kennedy
    String.raw`\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|km|kg|%)?`, // 2,500 3.5 9/11 1990s
    String.raw`[\p{L}\p{M}]+(?=n['’]t\b)`, // do|n't
    String.raw`n['’]t\b`,
    String.raw`['’](?:s|re|ve|ll|d|m)\b(?![\p{L}])`, // clitics
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?!(?:s|re|ve|ll|d|m|t)\b))[\p{L}\p{M}\p{N}]+)*`,
    String.raw`\.{3}|…|--+|[—–]`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(offset, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    tokens.push({ text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}
