import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe("a sentence's full stop at the end of a name", () => {
  it('is no part of the name the alias table widened to', () => {
    expect(
      linked('"It was harsh," Collins told BBC Radio Five Live. "They should think again."', [
        ['Collins', 'PER'],
        ['BBC Radio', 'ORG'],
      ]),
    ).toContainEqual(['org.bbc-radio-five-live', ['BBC Radio Five Live']]);
  });

  it("is no state's abbreviation when no comma comes before", () => {
    expect(
      linked('"Growth slowed," said chairman Norbert Ore. Prices rose.', [['Norbert Ore.', 'PER']]),
    ).toEqual([['person.norbert-ore', ['Norbert Ore']]]);
  });

  it("stays on an abbreviation and on a state's after a comma", () => {
    expect(linked('The film was backed by Warner Bros. It opened well.', [['Warner Bros.', 'ORG']])).toEqual([
      ['org.warner-bros', ['Warner Bros.']],
    ]);
    expect(linked('The plant is in Salem, Ore. It opened in May.', [['Ore.', 'LOC']])).toContainEqual([
      'gpe.ore',
      ['Ore.'],
    ]);
  });
});
