import { describe, expect, it, vi } from 'vitest';
import { aliasKey, entityId, expandAbbreviations } from '../../../functions/domain/entities/ids';

describe('expandAbbreviations', () => {
  it('reads a last "St" as Street and any other as Saint', () => {
    expect(expandAbbreviations('Downing St')).toBe('Downing Street');
    expect(expandAbbreviations('Downing St.')).toBe('Downing Street');
    expect(expandAbbreviations('St Albans')).toBe('Saint Albans');
    expect(expandAbbreviations('Paris St Germain')).toBe('Paris Saint Germain');
    expect(expandAbbreviations('St-Etienne')).toBe('Saint-Etienne');
  });

  it('writes out Mt, Ave and Rd where they belong, and leaves other words alone', () => {
    expect(expandAbbreviations('Mt Etna')).toBe('Mount Etna');
    expect(expandAbbreviations('Madison Ave')).toBe('Madison Avenue');
    expect(expandAbbreviations('Abbey Rd')).toBe('Abbey Road');
    for (const name of ['St', 'Rd Smith', 'Ave Maria', 'Tim Ray', 'Janet Street-Porter'])
      expect(expandAbbreviations(name)).toBe(name);
  });
});

describe('entityId', () => {
  it('gives abbreviated and full forms one id', () => {
    expect(entityId('LOC', 'Downing St')).toBe(entityId('LOC', 'Downing Street'));
    expect(entityId('GPE', 'St Albans')).toBe(entityId('GPE', 'Saint Albans'));
    expect(aliasKey('Downing St.')).toBe(aliasKey('downing street'));
  });

  it('drops a leading "The", as the lookup key does', () => {
    expect(entityId('ORG', 'The Times')).toBe('org.times');
    expect(entityId('ORG', 'the Home Office')).toBe(entityId('ORG', 'Home Office'));
    expect(entityId('GPE', 'Thebes')).toBe('gpe.thebes');
  });
});

describe('an id made again for a name', () => {
  it('reuses the slug made the first time, for any type', () => {
    const normalize = vi.spyOn(String.prototype, 'normalize');
    expect(entityId('PERSON', 'Jo Quimby-Smythe')).toBe('person.jo-quimby-smythe');
    expect(entityId('ORG', 'Jo Quimby-Smythe')).toBe('org.jo-quimby-smythe');
    expect(entityId('PERSON', 'Jo Quimby-Smythe')).toBe('person.jo-quimby-smythe');
    expect(normalize).toHaveBeenCalledTimes(1);
    normalize.mockRestore();
  });
});
