import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe("a deals page's product heading", () => {
  it('types a name of two words or more opening a heading with its price a product', () => {
    const text =
      'Our pick of the deals.\nZelto Mavic Mini for $399\nA small drone that folds.\nQuorra Echo Buds with case for $130\nEarbuds for the gym.';
    const types = typesOf(text, [
      ['Zelto Mavic Mini', 'ORG'],
      ['Quorra Echo Buds', 'ORG'],
    ]);
    expect(types['Zelto Mavic Mini']).toBe('MISC');
    expect(types['Quorra Echo Buds']).toBe('MISC');
  });

  it('leaves a maker alone, a name inside the line, and a line with no price', () => {
    const text =
      'Zelto Move for $400\nBuy it at Quorra Echo for $45\nQuorra Labs for all\nA speaker from Zelto.';
    const types = typesOf(text, [
      ['Zelto', 'ORG'],
      ['Quorra Echo', 'ORG'],
      ['Quorra Labs', 'ORG'],
    ]);
    expect(types.Zelto).toBe('ORG');
    expect(types['Quorra Echo']).toBe('ORG');
    expect(types['Quorra Labs']).toBe('ORG');
  });
});
