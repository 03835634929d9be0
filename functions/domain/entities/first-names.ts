import { EITHER_NAMES, FEMALE_NAMES, MALE_NAMES } from './first-name-lists';
import type { Gender } from './honorifics';
import { unpackWords } from './packed-words';

/**
 * Given names by gender (null: either), from compromise's lexicon: baked
 * into first-name-lists.ts because compromise is a dev dependency
 * (test/unit/entities/first-names.test.ts checks and rewrites the file).
 */
const GENDERS = new Map<string, Gender | null>([
  ...unpackWords(MALE_NAMES).map((n) => [n, 'm'] as const),
  ...unpackWords(FEMALE_NAMES).map((n) => [n, 'f'] as const),
  ...unpackWords(EITHER_NAMES).map((n) => [n, null] as const),
]);

export function isFirstName(word: string): boolean {
  return GENDERS.has(word.toLowerCase());
}

/**
 * Names the lexicon gives women only that news gives men as often: Kim
 * Collins, Kim Howells (and the Korean surname written first), Leslie
 * Grantham, Rowan Williams, Ashley Cole, Dominique de Villepin. Not Hilary:
 * Hilary Swank is named far more than Hilary Benn.
 */
const EITHER_IN_NEWS = new Set(['kim', 'leslie', 'rowan', 'ashley', 'dominique']);

/** The gender a given name tells: 'm', 'f', null for either, undefined for no given name. */
export function firstNameGender(word: string): Gender | null | undefined {
  const lower = word.toLowerCase();
  return EITHER_IN_NEWS.has(lower) ? null : GENDERS.get(lower);
}
