import type { Sequence, WordClasses } from './features';
import { wordAt } from './opening-subject';

/**
 * Coarse word classes the model's `classes` map gives words, first match
 * wins: a word's id is its index here plus one, and 0 a word never classed.
 * Training assigns them from compromise's tags (scripts/train/attribution/
 * wordclass.ts); run-time rules name a class rather than its number.
 */
export const WORD_CLASSES = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Modal',
  'Copula',
  'Auxiliary',
  'Negative',
  'QuestionWord',
  'Adverb',
  'Value',
  'Honorific',
  'FirstName',
  'LastName',
  'Person',
  'Organization',
  'Place',
  'Demonym',
  'PastTense',
  'Gerund',
  'Participle',
  'Infinitive',
  'PresentTense',
  'Verb',
  'Plural',
  'Singular',
  'Noun',
  'Comparative',
  'Superlative',
  'Adjective',
  'Expression',
] as const;

export type WordClassName = (typeof WORD_CLASSES)[number];

/** The id the model's `classes` map gives words of this class. */
export function classId(name: WordClassName): number {
  return WORD_CLASSES.indexOf(name) + 1;
}

/** The class the model's map gives the token at k (0: none). */
export const classOf = (seq: Sequence, classes: WordClasses, k: number) =>
  classes.get(wordAt(seq, k).toLowerCase()) ?? 0;

/** The ids of these classes. */
export const classIds = (names: WordClassName[]) => new Set(names.map(classId));

export const NOUN_CLASSES = classIds(['Plural', 'Singular', 'Noun']);
