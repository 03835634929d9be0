import { describe, expect, it } from 'vitest';
import { nameItems } from '../../../functions/commons/dynamo/items';
import { normalizeName } from '../../../functions/domain/index/keys';
import type { ProfileRecord } from '../../../functions/domain/index/records';

const person = (id: string, name: string, aliases: string[] = []): ProfileRecord => ({
  id,
  name,
  type: 'PERSON',
  aliases,
});
const searchNames = (p: ProfileRecord) => nameItems(p).map((item) => item.alias);
/** What `?q=` finds the profile by: an entry its normalised query is a prefix of. */
const finds = (p: ProfileRecord, q: string) =>
  searchNames(p).some((n) => String(n).startsWith(normalizeName(q)));

const sudani = person('person.mohammed-shia-al-sudani', 'Mohammed Shia al-Sudani');

describe('surnames with a particle (al-, bin, van, von der, de...)', () => {
  it('finds al-Sudani by "sudani", "al-sudani" and his full name written either way', () => {
    for (const q of [
      'sudani',
      'Sudani',
      'al-sudani',
      'Al-Sud',
      'mohammed shia al-sudani',
      'mohammed shia al sudani',
    ])
      expect(finds(sudani, q), q).toBe(true);
  });

  it('adds one entry for al-Sudani, the surname without its particle, to those written before', () => {
    expect(searchNames(sudani)).toEqual([
      'mohammed shia al sudani',
      'mohammed shia al-sudani',
      'al-sudani',
      'sudani',
    ]);
  });

  it.each([
    ['Ursula von der Leyen', ['von der leyen', 'leyen']],
    ['Mohammed bin Salman', ['bin salman', 'salman']],
    ['Charles de Gaulle', ['de gaulle', 'gaulle']],
  ])('gives %s a surname entry with the particles and one without', (name, surnames) => {
    const id = `person.${name.toLowerCase().replace(/ /g, '-')}`;
    expect(searchNames(person(id, name)).slice(1)).toEqual(surnames);
  });

  it('adds nothing for a name without a particle, nor for a given name or a hyphen that looks like one', () => {
    expect(searchNames(person('person.walter-wong', 'Walter Wong'))).toEqual(['walter wong', 'wong']);
    expect(searchNames(person('person.la-toya-jackson', 'La Toya Jackson'))).toEqual([
      'la toya jackson',
      'jackson',
    ]);
    expect(searchNames(person('person.anna-smith-jones', 'Anna Smith-Jones'))).toEqual([
      'anna smith jones',
      'anna smith-jones',
      'smith-jones',
    ]);
  });
});
