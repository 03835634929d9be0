import { COMMON_WORDS } from './common-word-list';
import { unpackWords } from './packed-words';

/**
 * Lower-case English words (nouns, verbs, adjectives, connectives) that are no names,
 * from compromise's lexicon: baked into common-word-list.ts because compromise
 * is a dev dependency (test/unit/entities/common-words.test.ts checks and
 * rewrites the file).
 */
const COMMON = new Set(unpackWords(COMMON_WORDS));

export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}
