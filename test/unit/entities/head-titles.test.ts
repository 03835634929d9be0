import { describe, expect, it } from 'vitest';
import { entitiesOf, idsAndMentions } from './helpers';

describe('a bare "Head" opening an office', () => {
  it('names no one', () => {
    const text = '"Prices will hold," said Varun Moza, Head of Equity Research at Tarrow Securities.';
    const names = entitiesOf(text, [
      ['Varun Moza', 'PER'],
      ['Head', 'PER'],
      ['Tarrow Securities', 'ORG'],
    ]).map((e) => e.name);
    expect(names).toEqual(['Varun Moza', 'Tarrow Securities']);
  });

  it('leaves a surname Head and a Head before no office alone', () => {
    const text = 'Painter Tim Head won. Head of Bristol took second. Head said he was glad.';
    expect(
      idsAndMentions(text, [
        ['Tim Head', 'PER'],
        ['Head', 'PER'],
      ]),
    ).toEqual([['person.tim-head', ['Tim Head', 'Head', 'Head']]]);
  });
});
