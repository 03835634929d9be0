import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../../functions/domain/entities/common-word-list';
import { isCommonWord } from '../../../functions/domain/entities/common-words';
import { unpackWords } from '../../../functions/domain/entities/packed-words';
import { wordListModule } from './word-list-module';

const FILE = new URL('../../../functions/domain/entities/common-word-list.ts', import.meta.url);
const DOC = `/**
 * Written by test/unit/entities/common-words.test.ts (UPDATE_COMMON_WORDS=1), from compromise's
 * lexicon, packed (entities/packed-words.ts): 21 KB in the bundle, against 49 KB one word a line.
 */`;

/** Word classes a capitalised sentence opener may be ("Head", "However"), with no name among them. */
const COMMON = new Set([
  'Singular',
  'Uncountable',
  'Infinitive',
  'Adjective',
  'Comparative',
  'Actor',
  'Noun',
  'Adverb',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Pronoun',
  'Expression',
]);
const NAMES = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'ProperNoun',
  'Place',
  'City',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'Demonym',
  'Honorific',
]);

/** The list as compromise's lexicon (a dev dependency) has it. */
function fromCompromise(): string[] {
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const out: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (/^[a-z]+$/.test(word) && tags.some((t) => COMMON.has(t)) && !tags.some((t) => NAMES.has(t)))
      out.push(word);
  }
  return out.sort();
}

describe('common words', () => {
  it('ship as compromise lists them (UPDATE_COMMON_WORDS=1 rewrites the file)', () => {
    const expected = fromCompromise();
    if (process.env.UPDATE_COMMON_WORDS) writeFileSync(FILE, wordListModule(DOC, { COMMON_WORDS: expected }));
    else expect(unpackWords(COMMON_WORDS)).toEqual(expected);
  });

  it('knows common nouns, verbs and adjectives but not names, whatever the case', () => {
    expect(['head', 'Hope', 'budget', 'GREEN', 'However'].map(isCommonWord)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['Blair', 'Chelsea', 'Paris', 'Smith'].map(isCommonWord)).toEqual([false, false, false, false]);
  });
});
