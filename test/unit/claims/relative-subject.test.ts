import { describe, expect, it } from 'vitest';
import { relativeClauseSubject } from '../../../functions/domain/claims/relative-subject';
import { discourseOf, named, spanOf, speakerOf } from './article-fixture';

describe('relativeClauseSubject', () => {
  it('is the subject opening the clause the relative hangs on', () => {
    const text = 'The rivals use the MP4 format while Pellar uses ACX, which it says helps stop piracy.';
    const entities = [named(text, 'org.pellar', 'ORG', ['Pellar'])];
    expect(relativeClauseSubject(spanOf(text, 'it').start, entities, discourseOf(text))).toBe('org.pellar');
  });

  it('is nothing for a pronoun no relative pronoun leads, or a clause no candidate opens', () => {
    const text =
      'Pellar uses ACX. It says the format stops piracy. The rivals praised ACX, which it says is safe.';
    const entities = [named(text, 'org.pellar', 'ORG', ['Pellar'])];
    const discourse = discourseOf(text);
    expect(relativeClauseSubject(spanOf(text, 'It').start, entities, discourse)).toBeUndefined();
    expect(relativeClauseSubject(spanOf(text, 'it').start, entities, discourse)).toBeUndefined();
  });
});

describe('resolveSpeaker: a pronoun in a relative clause', () => {
  it('"it" is the clause subject, not the body the clause describes', () => {
    const text =
      'Norland has asked the World Trade Forum to look into Vesta tariffs, which it says are unfair.';
    const entities = [
      named(text, 'gpe.norland', 'GPE', ['Norland']),
      named(text, 'org.world-trade-forum', 'ORG', ['World Trade Forum']),
      named(text, 'org.vesta', 'ORG', ['Vesta']),
    ];
    expect(speakerOf(text, 'it', entities)).toBe('gpe.norland');
  });

  it('"he" is the subject of the clause after "while", not the sentence\'s first name', () => {
    const text = 'Tom Hale lost in Leeds while Ben Marr won the title, which he said was "vital".';
    const entities = [
      named(text, 'person.ben-marr', 'PERSON', ['Ben Marr']),
      named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']),
    ];
    expect(speakerOf(text, 'he', entities)).toBe('person.ben-marr');
  });
});
