import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('a nationality word opening a common compound', () => {
  it('names no people: "Pole vaulter", "pole vault"; "the Pole" still does', () => {
    const text =
      'Pole vaulter Jo Bloggs cleared the bar. She is the best in the pole vault. The Pole, Nowak, agreed.';
    const norp = entitiesOf(text, [
      ['Pole', 'MISC'],
      ['pole', 'MISC'],
      ['Jo Bloggs', 'PER'],
      ['Nowak', 'PER'],
    ]).filter((e) => e.type === 'NORP');
    expect(norp.map((e) => [e.id, e.mentions.map((m) => m.start)])).toEqual([
      ['norp.pole', [text.indexOf('Pole,')]],
    ]);
  });

  it('names none in "a Swiss army knife" either', () => {
    const text = 'He carries a Swiss army knife, made by a Swiss firm.';
    const norp = entitiesOf(text, [['Swiss', 'MISC']]).filter((e) => e.type === 'NORP');
    expect(norp.map((e) => e.mentions.map((m) => m.start))).toEqual([[text.lastIndexOf('Swiss')]]);
  });
});
