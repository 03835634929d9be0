import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { joinRepeatedNames } from '../../../functions/domain/entities/repeated-names';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggedMention, TaggerType } from '../../../functions/domain/extract/types';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.mentions.map((m) => m.text)]);

/** The tagger's mentions at the given occurrences (0-based) of each surface. */
function tagAt(text: string, spans: [string, number, TaggerType][]): TaggedMention[] {
  return spans.map(([surface, nth, type]) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(surface, at + 1);
    return { start: at, end: at + surface.length, text: surface, type };
  });
}

describe('a name the article tags whole, cut into parts elsewhere', () => {
  it('is the whole name where the tagger kept only its place, through the linker', () => {
    const text =
      'Jack Law, chief executive of Alcohol Focus Scotland, spoke. Mr Law, from Alcohol Focus Scotland, agreed.';
    const entities = linkEntities(
      annotate(text),
      tagAt(text, [
        ['Jack Law', 0, 'PER'],
        ['Scotland', 0, 'LOC'],
        ['Alcohol Focus Scotland', 1, 'ORG'],
      ]),
    );
    expect(entities.find((e) => e.id === 'org.alcohol-focus-scotland')?.mentions.map((m) => m.start)).toEqual(
      [text.indexOf('Alcohol Focus'), text.lastIndexOf('Alcohol Focus')],
    );
    expect(entities.some((e) => e.id === 'gpe.scotland')).toBe(false);
  });

  it('takes every part the tagger made of it, leaving the parts their other mentions', () => {
    const text = 'Hearts of Oak won in Accra. Hearts of Oak were lucky, and Hearts held on.';
    const entities = [
      entityAt(text, 'org.hearts', 'ORG', [
        ['Hearts', 0],
        ['Hearts', 2],
      ]),
      entityAt(text, 'gpe.oak', 'GPE', [['Oak', 0]]),
      entityAt(text, 'org.hearts-of-oak', 'ORG', [['Hearts of Oak', 1]]),
    ];
    expect(view(joinRepeatedNames(text, entities))).toEqual([
      ['org.hearts', ['Hearts']],
      ['org.hearts-of-oak', ['Hearts of Oak', 'Hearts of Oak']],
    ]);
  });

  it.each([
    ['a mention running past it', 'Blu-ray Disc members back Blu-ray Disc.', 'Disc members', 'Blu-ray Disc'],
    [
      'a capitalised word after it',
      'The Premier League Cup starts. Premier League clubs agree.',
      'League',
      'Premier League',
    ],
    [
      'a hyphened word after it',
      'The Manchester United-Arsenal game. Manchester United won.',
      'Manchester',
      'Manchester United',
    ],
    [
      'a capitalised word before it',
      'The English Premier League began. Premier League clubs agree.',
      'League',
      'Premier League',
    ],
  ])('leaves an occurrence with %s', (_, text, part, whole) => {
    const entities = [
      entityAt(text, 'x.part', 'ORG', [[part, 0]]),
      entityAt(text, 'x.whole', 'ORG', [[whole, 1]]),
    ];
    expect(joinRepeatedNames(text, entities)).toBe(entities);
  });

  it('leaves a name that only adds a common noun in capitals ("US TV")', () => {
    const text = 'A US TV network bought it. US TV is keen.';
    const entities = [
      entityAt(text, 'gpe.united-states', 'GPE', [['US', 0]]),
      entityAt(text, 'org.us-tv', 'ORG', [['US TV', 1]]),
    ];
    expect(joinRepeatedNames(text, entities)).toBe(entities);
  });

  it('leaves a surface with a quote mark in it', () => {
    const text = 'Labour stays "New" Labour, he said. It is "New" Labour.';
    const entities = [
      entityAt(text, 'org.labour-party', 'ORG', [
        ['Labour', 0],
        ['Labour', 1],
      ]),
      entityAt(text, 'misc.new-labour', 'MISC', [['New" Labour', 1]]),
    ];
    expect(joinRepeatedNames(text, entities)).toBe(entities);
  });

  it('leaves a surface two entities share', () => {
    const text = 'Red Star won. Red Star lost. Red Star met.';
    const entities = [
      entityAt(text, 'org.red-star', 'ORG', [['Red Star', 0]]),
      entityAt(text, 'org.red-star-fc', 'ORG', [['Red Star', 1]]),
      entityAt(text, 'person.red', 'PERSON', [['Red', 2]]),
    ];
    expect(joinRepeatedNames(text, entities)).toBe(entities);
  });
});
