import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggedMention } from '../../../functions/domain/extract/types';

/** Each name tagged as a person at each of its occurrences outside a longer name. */
function people(text: string, names: string[]) {
  const tagged: TaggedMention[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length))
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!tagged.some((t) => t.start < at + name.length && at < t.end))
        tagged.push({ start: at, end: at + name.length, text: name, type: 'PER' });
  return linkEntities(annotate(text), tagged)
    .filter((e) => e.type === 'PERSON')
    .map((e) => [e.id, e.mentions.map((m) => m.text)]);
}

describe('a name with an initial for its given name (a team sheet)', () => {
  it('is the full name whose given name starts with that initial, and the surname joins them', () => {
    const text = "Ronan O'Gara kicked well. O'Gara scored twice.\n\nIreland: D Hickie, R O'Gara, P Stringer.";
    expect(people(text, ["Ronan O'Gara", "O'Gara", 'D Hickie', "R O'Gara", 'P Stringer'])).toEqual([
      ['person.ronan-ogara', ["Ronan O'Gara", "O'Gara", "R O'Gara"]],
      ['person.d-hickie', ['D Hickie']],
      ['person.p-stringer', ['P Stringer']],
    ]);
  });

  it('tells two people of one surname apart by their initials, leaving the bare surname apart', () => {
    const text =
      'Jonathan Thomas and Gareth Thomas both played. Thomas was lively.\n\nWales: G Thomas, J Thomas.';
    expect(people(text, ['Jonathan Thomas', 'Gareth Thomas', 'Thomas', 'G Thomas', 'J Thomas'])).toEqual([
      ['person.jonathan-thomas', ['Jonathan Thomas', 'J Thomas']],
      ['person.gareth-thomas', ['Gareth Thomas', 'G Thomas']],
      ['person.thomas', ['Thomas']],
    ]);
  });

  it('stays apart from a full name of another initial', () => {
    const text = 'Gavin Henson kicked. Wales: M Henson.';
    expect(people(text, ['Gavin Henson', 'M Henson'])).toEqual([
      ['person.gavin-henson', ['Gavin Henson']],
      ['person.m-henson', ['M Henson']],
    ]);
  });
});
