import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggedMention } from '../../../functions/domain/extract/types';
import { tag } from './helpers';

/** Each name tagged as a person where no longer name covers it, as a tagger would. */
function entitiesOf(text: string, names: string[]) {
  const spans = tag(
    text,
    [...names].sort((a, b) => b.length - a.length).map((n) => [n, 'PER']),
  );
  const kept: TaggedMention[] = [];
  for (const s of spans) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return linkEntities(annotate(text), kept);
}

const people = (entities: ReturnType<typeof entitiesOf>) =>
  entities.filter((e) => e.type === 'PERSON').map((e) => [e.id, e.mentions.length]);

describe('coreference within an article', () => {
  it('joins a surname of several words to the full name', () => {
    const text = 'Actor Rupert van der Wall arrived. Later van der Wall spoke.';
    const entities = entitiesOf(text, ['Rupert van der Wall', 'van der Wall']);
    expect(people(entities)).toEqual([['person.rupert-van-der-wall', 2]]);
  });

  it('joins a partial name to the longest full name, not to a shorter full name inside it', () => {
    const text = 'Hans Peter Olsen wrote it. Peter Olsen, as he signed, said Olsen was tired.';
    const entities = entitiesOf(text, ['Hans Peter Olsen', 'Peter Olsen', 'Olsen']);
    expect(people(entities)).toEqual([['person.hans-peter-olsen', 3]]);
  });

  it('tells two people of one surname apart by the honorific before it', () => {
    const text = 'Tony Marsh and his wife Cherie Marsh arrived. Mr Marsh said so, and Marsh left.';
    const entities = entitiesOf(text, ['Tony Marsh', 'Cherie Marsh', 'Marsh']);
    expect(people(entities)).toEqual([
      ['person.tony-marsh', 3],
      ['person.cherie-marsh', 1],
    ]);
  });

  it('leaves a surname apart when its honorifics fit both people', () => {
    const bothMen = 'Tony Marsh and Ian Marsh came. Mr Marsh spoke.';
    expect(people(entitiesOf(bothMen, ['Tony Marsh', 'Ian Marsh', 'Marsh']))).toContainEqual([
      'person.marsh',
      1,
    ]);
  });

  it('reads a surname after "Mr" as the surname of a full name, not the given name of another', () => {
    const text = 'Michael Grant spoke. Deputy chairman Grant Shaw said Mr Grant was wrong.';
    const entities = entitiesOf(text, ['Michael Grant', 'Grant Shaw', 'Grant']);
    expect(people(entities)).toEqual([
      ['person.michael-grant', 2],
      ['person.grant-shaw', 1],
    ]);
    // no title: "Grant" may be either
    const bare = 'Michael Grant spoke. Deputy chairman Grant Shaw said Grant was wrong.';
    expect(people(entitiesOf(bare, ['Michael Grant', 'Grant Shaw', 'Grant']))).toContainEqual([
      'person.grant',
      1,
    ]);
  });

  it('keeps a DJ title off the name', () => {
    const entities = entitiesOf('Radio DJ Huw Bryn played it.', ['Radio DJ Huw Bryn']);
    expect(entities.find((e) => e.type === 'PERSON')).toMatchObject({
      id: 'person.huw-bryn',
      roles: ['Radio DJ'],
    });
  });
});
