import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

/** Resolves the `nth` occurrence of `words` in `text` as a source, with the article's discourse. */
const speakerOf = (text: string, words: string, entities: Parameters<typeof resolveSpeaker>[1], nth = 0) =>
  resolveSpeaker(spanOf(text, words, nth), entities, [], { discourse: discourseOf(text) });

describe('resolveSpeaker: an office nobody in the article holds', () => {
  it('never goes to someone the article gives another office', () => {
    const text =
      'Tom Hale backed Chancellor Ann Webb on Monday. In a speech in Leeds, the prime minister said the plan was sound.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Ann Webb'], ['Chancellor']);
    expect(speakerOf(text, 'the prime minister', [hale, webb])).toBe('person.tom-hale');
  });

  it('goes to the salient person, not to a name quoted last', () => {
    const text =
      'Rumours grew after Mr Hale\'s speech on a "Marshall Plan" for Africa. But the prime minister said the claims were nonsense.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Hale']);
    const plan = named(text, 'person.marshall-plan', 'PERSON', ['Marshall Plan']);
    expect(speakerOf(text, 'the prime minister', [hale, plan])).toBe('person.tom-hale');
  });

  it('with nobody before it, goes to the first person named after it', () => {
    const text =
      'The changes were not a ploy, the lord chancellor has said. Ministers were accused of panic. Lord Falconer said the bill was sound.';
    const falconer = named(text, 'person.falconer', 'PERSON', ['Falconer'], ['Lord']);
    expect(speakerOf(text, 'the lord chancellor', [falconer])).toBe('person.falconer');
  });

  it('never goes to someone named after it as an object, or in its own sentence', () => {
    const sued =
      'The state attorney general said it had sued. The lawsuit was filed against Ray Pike, a student, and Al Ross.';
    const pike = named(sued, 'person.ray-pike', 'PERSON', ['Ray Pike']);
    const ross = named(sued, 'person.al-ross', 'PERSON', ['Al Ross']);
    expect(speakerOf(sued, 'The state attorney general', [pike, ross])).toBeNull();
    const warned = 'The campaign director denied he had warned Tom Hale. The party said nothing.';
    const hale = named(warned, 'person.tom-hale', 'PERSON', ['Tom Hale']);
    expect(speakerOf(warned, 'The campaign director', [hale])).toBeNull();
  });

  it('gives "the minister" to a secretary of state named before it', () => {
    const text = 'Education Secretary Ruth Kelly spoke on Monday. The minister also confirmed her faith.';
    const kelly = named(text, 'person.ruth-kelly', 'PERSON', ['Ruth Kelly'], ['Education Secretary']);
    expect(speakerOf(text, 'The minister', [kelly])).toBe('person.ruth-kelly');
  });

  it('gives a former office to someone who holds another one now', () => {
    const text = 'Middlesbrough mayor Ray Mallon will campaign. The former police chief said he was ready.';
    const mallon = named(text, 'person.ray-mallon', 'PERSON', ['Ray Mallon'], ['mayor']);
    expect(speakerOf(text, 'The former police chief', [mallon])).toBe('person.ray-mallon');
  });
});
