import { describe, expect, it } from 'vitest';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { idsTypesAndMentions as named } from './helpers';

describe('a title after "film version of", "sequel to", "remake of", "adaptation of"', () => {
  it('is one work, whatever the tagger made of it or its words', () => {
    const text =
      'She starred in the film version of Harrow Larks. He wrote a stage version of Moss and the Kettle. Harrow Larks ran for years.';
    expect(
      named(text, [
        ['Harrow Larks', 'LOC'],
        ['Moss', 'PER'],
        ['Kettle', 'LOC'],
      ]),
    ).toEqual([
      ['misc.harrow-larks', 'MISC', ['Harrow Larks', 'Harrow Larks']],
      ['misc.moss-and-the-kettle', 'MISC', ['Moss and the Kettle']],
    ]);
  });

  it("reads past an author's possessive or a maker and kind, and finds an untagged title", () => {
    const text =
      "It is a remake of Jan Dorrell's classic Winter Glass. It is the sequel to Ann Corby comedy Quiet Hours. She co-produced the remake of The Drift.";
    expect(
      named(text, [
        ['Jan Dorrell', 'PER'],
        ['Winter Glass', 'PER'],
        ['Ann Corby', 'PER'],
        ['Quiet Hours', 'ORG'],
      ]),
    ).toEqual([
      ['person.jan-dorrell', 'PERSON', ['Jan Dorrell']],
      ['misc.winter-glass', 'MISC', ['Winter Glass']],
      ['person.ann-corby', 'PERSON', ['Ann Corby']],
      ['misc.quiet-hours', 'MISC', ['Quiet Hours']],
      ['misc.drift', 'MISC', ['The Drift']],
    ]);
  });

  it("leaves an author with no title, a product's version, and the attribution view", () => {
    const text = 'The film adaptation of Lemmy Tarrant novels opens. The next version of Orbit ships.';
    const tagged: [string, TaggerType][] = [
      ['Lemmy Tarrant', 'PER'],
      ['Orbit', 'ORG'],
    ];
    expect(named(text, tagged)).toEqual([
      ['person.lemmy-tarrant', 'PERSON', ['Lemmy Tarrant']],
      ['org.orbit', 'ORG', ['Orbit']],
    ]);
    expect(
      named('She starred in the film version of Harrow Larks.', [['Harrow Larks', 'LOC']], false),
    ).toEqual([['gpe.harrow-larks', 'GPE', ['Harrow Larks']]]);
  });
});
