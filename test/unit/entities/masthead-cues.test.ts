import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('newspaper titles', () => {
  it('takes "the" and a name ending in a masthead word for a newspaper, not a person', () => {
    const text = 'Nigel Melville told the Gloucester Citizen. He also spoke to the Barnfield Evening Echo.';
    expect(
      typesOf(text, [
        ['Nigel Melville', 'PER'],
        ['Gloucester Citizen', 'PER'],
        ['Barnfield Evening Echo', 'PER'],
      ]),
    ).toEqual({ 'Nigel Melville': 'PERSON', 'Gloucester Citizen': 'ORG', 'Barnfield Evening Echo': 'ORG' });
  });

  it('leaves a person whose surname is a masthead word alone ("Jim Courier", "the ageing Jim Courier")', () => {
    const text = 'Jim Courier won. Fans cheered the ageing Jim Courier.';
    expect(typesOf(text, [['Jim Courier', 'PER']])).toEqual({ 'Jim Courier': 'PERSON' });
  });

  it('reads "Bee", "Register" and a hyphened last word as masthead words too', () => {
    const text = 'It said so, according to the Wheeling News-Register. She wrote for the Fresno Bee.';
    expect(
      typesOf(text, [
        ['Wheeling News-Register', 'PER'],
        ['Fresno Bee', 'PER'],
      ]),
    ).toEqual({ 'Wheeling News-Register': 'ORG', 'Fresno Bee': 'ORG' });
  });
});
