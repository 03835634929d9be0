import { describe, expect, it } from 'vitest';
import { isDemonym } from '../../../functions/domain/entities/lexicons';
import { mapType } from '../../../functions/domain/entities/type-map';

describe('demonyms', () => {
  it('types nationalities and groups tagged MISC as NORP', () => {
    for (const name of [
      'Syrian',
      'Palestinians',
      'Korean',
      'Kurdish',
      'Chinese',
      'Iraqi',
      'Israelis',
      'German',
      'Frenchman',
      'Welshwomen',
      'Dutchmen',
      'Nazis',
    ]) {
      expect(mapType('MISC', name), name).toBe('NORP');
    }
  });

  it('leaves names that only end like a demonym as MISC', () => {
    for (const name of ['Boogeyman', 'Superman', 'Woodsman', 'Maserati', 'Nikkei', 'Elvis', 'Tuberculosis']) {
      expect(mapType('MISC', name), name).toBe('MISC');
    }
  });

  it('tells a demonym from a word ending like one', () => {
    expect(isDemonym('Kenyan')).toBe(true);
    expect(isDemonym('Irishman')).toBe(true);
    expect(isDemonym('Snowman')).toBe(false);
    expect(isDemonym('Agnelli')).toBe(false);
  });
});
