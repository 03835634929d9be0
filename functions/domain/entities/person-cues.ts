import type { TaggedMention } from '../extract/types';
import { isFirstName } from './first-names';
import { honorificBefore } from './honorifics';
import { EVENT_WORDS, FEATURE_WORDS, ORG_WORDS, STREET_WORDS } from './lexicons';

/** A surname-like word: "French", "O'Neill", "Smith-Jones". */
const SURNAME = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u;

/** A word no surname is: the last word of an event, a body, a feature or a street. */
const notSurname = (w: string) => [EVENT_WORDS, ORG_WORDS, FEATURE_WORDS, STREET_WORDS].some((s) => s.has(w));

/** A word written as a name part ("Deeley", "O'Neill") that names no event, body, feature or street. */
export const isNameWord = (w: string) => SURNAME.test(w) && !notSurname(w.toLowerCase());

/**
 * A given name the tagger typed apart, with the capitalised word right
 * after it: "Philip" (a place) + "French" (a nationality) is Philip French.
 */
export function isGivenNameAndSurname(text: string, a: TaggedMention, b: TaggedMention): boolean {
  return (
    !/\s/.test(a.text) &&
    isFirstName(a.text) &&
    a.type !== 'ORG' &&
    isNameWord(b.text) &&
    /^[ \t]+$/.test(text.slice(a.end, b.start))
  );
}

/**
 * Mentions an honorific makes people whatever their tagged type: "Ms Atlas"
 * and, in the same article, a name of two or three words ending in that
 * surname ("Jacoba Atlas"). Other mentions of the bare surname keep their
 * type: "Mr Dell" does not make the firm Dell a person.
 */
export function retypeHonorificNames(text: string, mentions: TaggedMention[]): TaggedMention[] {
  const honoured = (m: TaggedMention) => !/\s/.test(m.text) && honorificBefore(text, m.start) !== undefined;
  const surnames = new Set(mentions.filter((m) => m.type !== 'PER' && honoured(m)).map((m) => m.text));
  if (surnames.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.type === 'PER') return m;
    const words = m.text.split(/\s+/);
    const fullName =
      words.length <= 3 &&
      words.every(isNameWord) &&
      surnames.has(words.at(-1) as string) &&
      (words.length > 1 || honoured(m));
    return fullName ? { ...m, type: 'PER' } : m;
  });
}
