import { describe, expect, it } from 'vitest';
import { named, spanOf, speakerOf } from './article-fixture';

describe('resolveSpeaker: a letter speaks for whoever the story says wrote it', () => {
  it('takes the subject that "has written to" someone for "A letter sent to" one of them, and "it" after', () => {
    const text =
      'The government has written to two British men telling them they will not get passports. A letter sent to Tom Reed said his passport would not be issued. He was likely to leave Britain, it said.';
    const entities = [
      named(text, 'gpe.united-kingdom', 'GPE', ['Britain', 'British']),
      named(text, 'person.tom-reed', 'PERSON', ['Tom Reed']),
    ];
    const letter = 'A letter sent to Tom Reed';
    expect(speakerOf(text, letter, entities)).toBe('gpe.united-kingdom');
    const prior = [{ text: letter, entityId: 'gpe.united-kingdom', end: spanOf(text, letter).end }];
    expect(speakerOf(text, 'it', entities, prior)).toBe('gpe.united-kingdom');
  });

  it('leaves a letter alone when no sentence before says who wrote', () => {
    const text =
      'Tom Reed was freed last week. A letter sent to Tom Reed said his passport would not be issued.';
    const entities = [named(text, 'person.tom-reed', 'PERSON', ['Tom Reed'])];
    expect(speakerOf(text, 'A letter sent to Tom Reed', entities)).toBeNull();
  });
});
