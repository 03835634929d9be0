import { describe, expect, it } from 'vitest';
import { retypeAwardNames } from '../../../functions/domain/entities/award-names';
import { entityAt } from './helpers';

describe('a prize typed a body or a person', () => {
  it.each([
    [
      'Screen Actors Guild Awards',
      'ORG',
      'org.screen-actors-guild-awards',
      'event.screen-actors-guild-awards',
    ],
    ['Olivier Awards', 'PERSON', 'person.olivier-awards', 'event.olivier-awards'],
    ['World Cinema Award', 'ORG', 'org.world-cinema-award', 'misc.world-cinema-award'],
    ['Tony Award', 'PERSON', 'person.tony-award', 'misc.tony-award'],
  ] as const)('makes "%s" (%s) a prize', (name, type, before, after) => {
    const text = `She won the ${name} last year.`;
    const entities = [entityAt(text, before, type, [[name, 0]])];
    expect(retypeAwardNames(entities).map((e) => [e.id, e.type])).toEqual([
      [after, after.startsWith('event') ? 'EVENT' : 'MISC'],
    ]);
  });

  it.each([
    ['a body whose name goes on after the word', 'Awards Council', 'ORG'],
    ['a place', 'Award', 'GPE'],
    ['an event already', 'Brit Awards', 'EVENT'],
  ] as const)('leaves %s', (_, name, type) => {
    const text = `The ${name} met.`;
    const entities = [entityAt(text, 'x.y', type, [[name, 0]])];
    expect(retypeAwardNames(entities)).toBe(entities);
  });
});
