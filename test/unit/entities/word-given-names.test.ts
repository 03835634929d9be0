import { describe, expect, it, vi } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { joinWordGivenNames } from '../../../functions/domain/entities/word-given-names';
import { annotate } from '../../../functions/domain/extract/annotate';
import { entityAt, idsAndMentions as linked, tag } from './helpers';

describe('a given name that is also a word, cut off its surname', () => {
  it('puts it back and names the person in full, a bare surname an alias', () => {
    const text = 'A film about soul legend Ray Charles won. Charles died in June.';
    const entities = linkEntities(annotate(text), tag(text, [['Charles', 'PER']]));
    expect(entities.map((e) => [e.id, e.name, e.mentions.map((m) => m.text), e.aliases])).toEqual([
      ['person.ray-charles', 'Ray Charles', ['Ray Charles', 'Charles'], ['Charles']],
    ]);
  });

  it('takes the given name from the entity the tagger gave it', () => {
    const text = "Fox TV's Bill O'Reilly said he would watch.";
    const tagged = tag(text, [
      ['Bill', 'ORG'],
      ["O'Reilly", 'PER'],
    ]);
    expect(linkEntities(annotate(text), tagged).map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['person.bill-oreilly', ["Bill O'Reilly"]],
    ]);
  });

  it('leaves the modal opening a question, and a word the given name is part of', () => {
    expect(
      linked('Will Henman win? The Blu-Ray Wilson format sold.', [
        ['Henman', 'PER'],
        ['Wilson', 'PER'],
      ]),
    ).toEqual([
      ['person.henman', ['Henman']],
      ['person.wilson', ['Wilson']],
    ]);
  });

  it('opens a sentence that is no question', () => {
    expect(linked("Will Smith's reign at the top has ended.", [['Smith', 'PER']])).toEqual([
      ['person.will-smith', ['Will Smith']],
    ]);
  });
});

describe('a text with none of those given names before a capital', () => {
  it('is not read mention by mention', () => {
    const text = 'Later Smith spoke to Jones in Leeds.';
    const entities = [
      entityAt(text, 'person.smith', 'PERSON', [['Smith', 0]]),
      entityAt(text, 'person.jones', 'PERSON', [['Jones', 0]]),
    ];
    const set = vi.spyOn(Map.prototype, 'set');
    expect(joinWordGivenNames(text, entities)).toBe(entities);
    const calls = set.mock.calls.length;
    set.mockRestore();
    expect(calls).toBe(0);
  });
});

describe('initials standing as a given name, cut off the surname', () => {
  it('puts them back: "PJ Harvey", a bare surname an alias', () => {
    expect(linked('The award went to PJ Harvey. Harvey said she was glad.', [['Harvey', 'PER']])).toEqual([
      ['person.pj-harvey', ['PJ Harvey', 'Harvey']],
    ]);
  });

  it('leaves a post before a name and initials inside another name', () => {
    expect(
      linked('Radio DJ Nelson spoke. Irishmen JP McManus and others own shares.', [
        ['Nelson', 'PER'],
        ['Irishmen JP', 'ORG'],
        ['McManus', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['person.nelson', 'org.irishmen-jp', 'person.mcmanus']);
  });
});
