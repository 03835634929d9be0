import words from './common-words.json' with { type: 'json' };

/**
 * Lower-case English words (nouns, verbs, adjectives, connectives) that are no names,
 * from compromise's lexicon: baked into common-words.json because compromise
 * is a dev dependency (test/unit/entities/common-words.test.ts checks and
 * rewrites the file).
 */
const COMMON = new Set<string>(words);

export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}
