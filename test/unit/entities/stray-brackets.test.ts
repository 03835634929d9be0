import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

const linked = (text: string, spans: [string, TaggerType][]) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans)).map((e) => [e.id, e.name, e.roles]);

describe('names and roles a bracket cut in two', () => {
  it('mend a name: a closing bracket dropped, an opening one between two name words dropped, else cut', () => {
    const text =
      'Jones said: "I said to Gareth (Thomas, the Wales captain) this is it." He praised (Dietmar) Hamann. The Group of Eight (G8) met.';
    expect(
      linked(text, [
        ['Jones', 'PER'],
        ['Gareth (Thomas', 'PER'],
        ['Wales', 'LOC'],
        ['Dietmar) Hamann', 'PER'],
        ['Group of Eight (G8', 'ORG'],
      ]),
    ).toEqual([
      ['person.jones', 'Jones', []],
      ['person.gareth-thomas', 'Gareth Thomas', []],
      ['gpe.wales', 'Wales', []],
      ['person.dietmar-hamann', 'Dietmar Hamann', []],
      ['org.group-of-eight', 'Group of Eight', []],
    ]);
  });

  it("drop a role with an unbalanced bracket or another player's captain's mark", () => {
    const text =
      "The side is named.\n\nG Dempsey; G Murphy, B O'Driscoll (capt), S Horgan, D Hickie.\n\nThe former Welsh (Lord) minister) Alun Michael spoke.";
    const roles = Object.fromEntries(
      linked(text, [
        ['G Dempsey', 'PER'],
        ['G Murphy', 'PER'],
        ["B O'Driscoll", 'PER'],
        ["B O'Driscoll (capt), S Horgan", 'PER'],
        ['D Hickie', 'PER'],
        ['Alun Michael', 'PER'],
      ]).map(([, name, r]) => [name, r]),
    );
    expect(roles['S Horgan']).toEqual([]);
    expect(roles['Alun Michael']).toEqual([]);
  });
});
