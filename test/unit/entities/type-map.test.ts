import { describe, expect, it } from 'vitest';
import { mapType } from '../../../functions/domain/entities/type-map';

describe('a name that ends in an institution word', () => {
  it('is an organisation, whatever class the tagger gave it', () => {
    expect(mapType('LOC', 'Hereford County Hospital')).toBe('ORG');
    expect(mapType('LOC', 'Brooklyn Law School')).toBe('ORG');
    expect(mapType('MISC', 'International Olympic Committee')).toBe('ORG');
    expect(mapType('PER', 'Clare College')).toBe('ORG');
    expect(mapType('PER', 'Kingfisher Airlines')).toBe('ORG');
    expect(mapType('LOC', 'Mozilla Foundation')).toBe('ORG');
  });

  it('keeps a one-word name, a surname, an event and a place', () => {
    expect(mapType('PER', 'Margaret Court')).toBe('PERSON');
    expect(mapType('LOC', 'Soviet Union')).toBe('GPE');
    expect(mapType('LOC', 'West Bank')).toBe('LOC');
    expect(mapType('MISC', 'World Summit for the Information Society')).toBe('EVENT');
    expect(mapType('LOC', 'Staples Centre')).toBe('GPE');
    expect(mapType('PER', 'Academy')).toBe('PERSON');
  });
});
