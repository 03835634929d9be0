import { describe, expect, it } from 'vitest';
import { retypeCalledGroups } from '../../../functions/domain/entities/group-nouns';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.type]);

describe('a one-word name the article calls a band, group or charity', () => {
  it('is an organisation, through the linker', () => {
    const text = 'Rock outfit Rooster played a gig on Tuesday. Rooster said it was fun.';
    expect(linked(text, [['Rooster', 'PER']])).toEqual([['org.rooster', ['Rooster', 'Rooster']]]);
  });

  it('is an organisation with "The" between', () => {
    const text = 'New York rock group The Bravery topped the poll.';
    const entities = [entityAt(text, 'person.bravery', 'PERSON', [['Bravery', 0]])];
    expect(view(retypeCalledGroups(text, entities))).toEqual([['org.bravery', 'ORG']]);
  });

  it('is an organisation after "charity" or "outfit"', () => {
    const text = 'Money goes to the charity Mencap. Rock outfit Rooster played.';
    const entities = [
      entityAt(text, 'person.mencap', 'PERSON', [['Mencap', 0]]),
      entityAt(text, 'person.rooster', 'PERSON', [['Rooster', 0]]),
    ];
    expect(view(retypeCalledGroups(text, entities))).toEqual([
      ['org.mencap', 'ORG'],
      ['org.rooster', 'ORG'],
    ]);
  });

  it('leaves a full name, a titled person and a name with no such noun before it', () => {
    const text =
      'Ice skating duo Jayne Torvill skated. The group Jayne Torvill led won. Pressure group leader Hale spoke. Hale agreed. Smith said so.';
    const entities = [
      entityAt(text, 'person.jayne-torvill', 'PERSON', [['Jayne Torvill', 1]]),
      entityAt(text, 'person.hale', 'PERSON', [['Hale', 0]], ['leader']),
      entityAt(text, 'person.smith', 'PERSON', [['Smith', 0]]),
    ];
    expect(retypeCalledGroups(text, entities)).toBe(entities);
  });
});
