import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { EITHER_NAMES, FEMALE_NAMES, MALE_NAMES } from '../../../functions/domain/entities/first-name-lists';
import { firstNameGender, isFirstName } from '../../../functions/domain/entities/first-names';
import { honorificGender } from '../../../functions/domain/entities/honorifics';
import { unpackWords } from '../../../functions/domain/entities/packed-words';
import { wordListModule } from './word-list-module';

const FILE = new URL('../../../functions/domain/entities/first-name-lists.ts', import.meta.url);
const DOC = `/**
 * Written by test/unit/entities/first-names.test.ts (UPDATE_FIRST_NAMES=1), from compromise's
 * lexicon, packed (entities/packed-words.ts): 10 KB in the bundle, against 22 KB one name a line.
 */`;

/** The lists as compromise's lexicon (a dev dependency) has them; names tagged both ways are either. */
function fromCompromise(): { male: string[]; female: string[]; either: string[] } {
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const out = { male: [] as string[], female: [] as string[], either: [] as string[] };
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    const male = tags.includes('MaleName');
    const female = tags.includes('FemaleName');
    if (!male && !female && !tags.includes('FirstName')) continue;
    (male && !female ? out.male : female && !male ? out.female : out.either).push(word);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('first names', () => {
  it('ship as compromise lists them (UPDATE_FIRST_NAMES=1 rewrites the file)', () => {
    const expected = fromCompromise();
    const lists = { MALE_NAMES: expected.male, FEMALE_NAMES: expected.female, EITHER_NAMES: expected.either };
    if (process.env.UPDATE_FIRST_NAMES) writeFileSync(FILE, wordListModule(DOC, lists));
    else
      expect({
        male: unpackWords(MALE_NAMES),
        female: unpackWords(FEMALE_NAMES),
        either: unpackWords(EITHER_NAMES),
      }).toEqual(expected);
  });

  it('knows a given name and its gender, whatever its case', () => {
    expect(isFirstName('Philip')).toBe(true);
    expect(firstNameGender('Philip')).toBe('m');
    expect(firstNameGender('CHERIE')).toBe('f');
    expect(firstNameGender('Jamie')).toBeNull();
    expect(isFirstName('Chancellor')).toBe(false);
    expect(firstNameGender('Chancellor')).toBeUndefined();
  });

  it('gives either gender to names the lexicon gives women only that news gives men too', () => {
    expect(firstNameGender('Kim')).toBeNull();
    expect(firstNameGender('Leslie')).toBeNull();
    expect(firstNameGender('Rowan')).toBeNull();
    expect(isFirstName('Kim')).toBe(true);
    expect(firstNameGender('Hilary')).toBe('f');
  });

  it('reads the gender of an honorific just before a name', () => {
    expect(honorificGender('said Mr ')).toBe('m');
    expect(honorificGender('said Mrs. ')).toBe('f');
    expect(honorificGender('and Ms ')).toBe('f');
    expect(honorificGender('Drs ')).toBeUndefined();
    expect(honorificGender('the ')).toBeUndefined();
  });
});
