import { describe, expect, it } from 'vitest';
import { withHeadline } from '../../../functions/domain/entities/headline';
import { linkForExtraction, linkWithHeadline } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

// a surname inside a full name is not tagged again, as a tagger would not
const entitiesOf = (text: string, spans: [string, TaggerType][]) =>
  linkForExtraction(annotate(text), tagLongestFirst(text, spans)).entities;
const people = (text: string, spans: [string, TaggerType][]) =>
  entitiesOf(text, spans).map((e) => [e.id, e.mentions.map((m) => m.text)]);

describe('a full name typed as no person, whose surname alone is a person', () => {
  it('is one person with the surname mentions', () => {
    const text = 'Cat Deeley has resigned as host. Deeley will host her last show. Deeley said so.';
    expect(
      people(text, [
        ['Cat Deeley', 'ORG'],
        ['Deeley', 'PER'],
      ]),
    ).toEqual([['person.cat-deeley', ['Cat Deeley', 'Deeley', 'Deeley']]]);
  });

  it('keeps the surname out of the aliases, as for a name the tagger typed right', () => {
    const text = 'Gaston Gaudio won. Gaudio said he was tired.';
    const [only] = entitiesOf(text, [
      ['Gaston Gaudio', 'LOC'],
      ['Gaudio', 'PER'],
    ]);
    expect(only).toMatchObject({
      id: 'person.gaston-gaudio',
      type: 'PERSON',
      name: 'Gaston Gaudio',
      aliases: [],
    });
  });

  it('takes in an honorific mention tagged with its honorific, without the honorific', () => {
    const text = 'Hazel Blears spoke. Ms Blears said it was fair. Blears left.';
    expect(
      people(text, [
        ['Hazel Blears', 'ORG'],
        ['Ms Blears', 'ORG'],
        ['Blears', 'PER'],
      ]),
    ).toEqual([['person.hazel-blears', ['Hazel Blears', 'Blears', 'Blears']]]);
  });

  it('leaves names whose first word is a place, a nationality, a firm the article names or a common word', () => {
    const cases: [string, [string, TaggerType][]][] = [
      [
        'Glasgow Green was full. Green said so.',
        [
          ['Glasgow Green', 'ORG'],
          ['Green', 'PER'],
        ],
      ],
      [
        'British Tolkien fans met. Tolkien wrote it.',
        [
          ['British Tolkien', 'ORG'],
          ['Tolkien', 'PER'],
        ],
      ],
      [
        'Fiat sold Fiat Powertrain. Powertrain said no.',
        [
          ['Fiat', 'ORG'],
          ['Fiat Powertrain', 'ORG'],
          ['Powertrain', 'PER'],
        ],
      ],
      [
        'Developer Valve made it. Valve said so.',
        [
          ['Developer Valve', 'ORG'],
          ['Valve', 'PER'],
        ],
      ],
      [
        'Bookmakers Ladbrokes says the odds are even. Ladbrokes said so.',
        [
          ['Bookmakers Ladbrokes', 'ORG'],
          ['Ladbrokes', 'PER'],
        ],
      ],
    ];
    for (const [text, spans] of cases) {
      const ids = entitiesOf(text, spans).map((e) => e.id);
      expect(ids.some((id) => id.startsWith('person.') && id.includes('-'))).toBe(false);
    }
  });

  it("reads a place or club opening the name as a given name where the full name is said to be a person's", () => {
    const text = 'Milan Bilek has said he is unsure. Bilek may leave. Rio Kanu has said he will stay.';
    expect(
      people(text, [
        ['Milan Bilek', 'ORG'],
        ['Bilek', 'PER'],
        ['Rio Kanu', 'ORG'],
      ]),
    ).toEqual([
      ['person.milan-bilek', ['Milan Bilek', 'Bilek']],
      ['org.rio-kanu', ['Rio Kanu']],
    ]);
    const green = 'Glasgow Green was full. Green, who runs it, said so.';
    expect(
      entitiesOf(green, [
        ['Glasgow Green', 'ORG'],
        ['Green', 'PER'],
        ['Glasgow', 'LOC'],
      ]).find((e) => e.name === 'Glasgow Green')?.type,
    ).toBe('ORG');
  });

  it('joins the one name a given name may open where a descriptor opens another ending on the surname', () => {
    const text =
      'Italy nearly scored through Luca Nitoglia. Winger Nitoglia dropped the ball. Nitoglia was upset.';
    const ids = entitiesOf(text, [
      ['Luca Nitoglia', 'ORG'],
      ['Winger Nitoglia', 'ORG'],
      ['Nitoglia', 'PER'],
    ]).map((e) => e.id);
    expect(ids).toContain('person.luca-nitoglia');
    expect(ids).not.toContain('person.nitoglia');
  });

  it('leaves a surname two such names share, and names not written as names', () => {
    const shared = 'Bob Deeley and Cat Deeley met. Deeley said so.';
    expect(
      entitiesOf(shared, [
        ['Bob Deeley', 'ORG'],
        ['Cat Deeley', 'ORG'],
        ['Deeley', 'PER'],
      ]).map((e) => [e.name, e.type]),
    ).toEqual([
      ['Bob Deeley', 'ORG'],
      ['Cat Deeley', 'ORG'],
      ['Deeley', 'PERSON'],
    ]);
    const caps = 'MG Rover closed. Rover said so.';
    expect(
      entitiesOf(caps, [
        ['MG Rover', 'ORG'],
        ['Rover', 'PER'],
      ]).find((e) => e.name === 'MG Rover')?.type,
    ).toBe('ORG');
  });

  it("makes no name of a headline's capitals", () => {
    const read = withHeadline(
      annotate('A box set of Nirvana tracks is out. Nirvana said so.'),
      'Disputed Nirvana box set',
    );
    const spans: [string, TaggerType][] = [
      ['Disputed Nirvana', 'MISC'],
      ['Nirvana', 'PER'],
    ];
    const { entities } = linkWithHeadline(read, tagLongestFirst(read.doc.text, spans));
    expect(entities.map((e) => e.id)).toContain('person.nirvana');
    expect(entities.map((e) => e.id)).not.toContain('person.disputed-nirvana');
  });

  it('joins in the document view only: attribution keeps what its trainer saw', () => {
    const text = 'Cat Deeley has resigned. Deeley said so.';
    const spans: [string, TaggerType][] = [
      ['Cat Deeley', 'ORG'],
      ['Deeley', 'PER'],
    ];
    const { entities, forAttribution } = linkForExtraction(annotate(text), tagLongestFirst(text, spans));
    expect(entities.map((e) => e.id)).toEqual(['person.cat-deeley']);
    expect(forAttribution.map((e) => e.id)).toEqual(['org.cat-deeley', 'person.deeley']);
  });
});
