import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe("a name before a player's count in a box score", () => {
  it('is a person, one word or more, whatever the tagger typed', () => {
    const text =
      'Oakridge (2-0): Quarvel 21 points. Brannoch 9 points. Tesla Dumbrey 14 points and 5 steals.\n\nLakeview (1-1): Jorin McBaxter 2 goals, 1 assist. Odell O’Farrow 4 saves.';
    expect(
      typesOf(text, [
        ['Quarvel', 'ORG'],
        ['Brannoch', 'ORG'],
        ['Tesla Dumbrey', 'ORG'],
        ['Jorin McBaxter', 'LOC'],
        ['Odell O’Farrow', 'ORG'],
      ]),
    ).toEqual({
      Quarvel: 'PERSON',
      Brannoch: 'PERSON',
      'Tesla Dumbrey': 'PERSON',
      'Jorin McBaxter': 'PERSON',
      'Odell O’Farrow': 'PERSON',
    });
  });

  it("is not a side's lead or margin, nor a known body", () => {
    expect(typesOf('The poll puts Freshmoor 10 points ahead of its rivals.', [['Freshmoor', 'ORG']])).toEqual(
      { Freshmoor: 'ORG' },
    );
    expect(typesOf('Week 9: Microsoft 12 points.', [['Microsoft', 'ORG']])).toEqual({ Microsoft: 'ORG' });
    // tries and runs are a side's
    expect(typesOf('Result: Kestrel Rovers 4 tries.', [['Kestrel Rovers', 'ORG']])).toEqual({
      'Kestrel Rovers': 'ORG',
    });
  });
});
