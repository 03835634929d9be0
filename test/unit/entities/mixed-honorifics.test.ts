import { describe, expect, it } from 'vitest';
import { linkForExtraction } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { idsAndMentions, tagLongestFirst } from './helpers';

describe("one surname after both a man's and a woman's honorific", () => {
  it('keeps the one of the other gender apart from the only full name', () => {
    const text =
      "Michael Harlow's wife, Sandra, will campaign. Mrs Harlow will visit seats. Mr Harlow will host a conference. Mrs Harlow spoke last year.";
    const entities = idsAndMentions(text, [
      ['Michael Harlow', 'PER'],
      ['Sandra', 'PER'],
      ['Harlow', 'PER'],
    ]);
    expect(entities).toContainEqual(['person.michael-harlow', ['Michael Harlow', 'Harlow']]);
    expect(entities).toContainEqual(['person.harlow', ['Harlow', 'Harlow']]);
  });

  it('gives each to the full name of its gender', () => {
    const text = 'Tony Marsh and Cherie Marsh came. Mr Marsh spoke, then Mrs Marsh did.';
    const entities = idsAndMentions(text, [
      ['Tony Marsh', 'PER'],
      ['Cherie Marsh', 'PER'],
      ['Marsh', 'PER'],
    ]);
    expect(entities).toContainEqual(['person.tony-marsh', ['Tony Marsh', 'Marsh']]);
    expect(entities).toContainEqual(['person.cherie-marsh', ['Cherie Marsh', 'Marsh']]);
  });

  it('leaves one honorific alone: a given name may mislead ("Ms Gambino" is Angel Gambino)', () => {
    const text = 'Angel Gambino runs the unit. Ms Gambino said it would grow.';
    expect(
      idsAndMentions(text, [
        ['Angel Gambino', 'PER'],
        ['Gambino', 'PER'],
      ]),
    ).toContainEqual(['person.angel-gambino', ['Angel Gambino', 'Gambino']]);
  });

  it('splits in the document view only: the attribution model sees the names as its trainer did', () => {
    const text = 'Tony Marsh and Cherie Marsh came. Mr Marsh spoke, then Mrs Marsh did.';
    const tagged = tagLongestFirst(text, [
      ['Tony Marsh', 'PER'],
      ['Cherie Marsh', 'PER'],
      ['Marsh', 'PER'],
    ]);
    const { entities, forAttribution } = linkForExtraction(annotate(text), tagged);
    const mentionsOf = (list: typeof entities, id: string) =>
      list.find((e) => e.id === id)?.mentions.map((m) => m.text);
    expect(mentionsOf(entities, 'person.cherie-marsh')).toEqual(['Cherie Marsh', 'Marsh']);
    expect(mentionsOf(forAttribution, 'person.cherie-marsh')).toEqual(['Cherie Marsh']);
  });
});
