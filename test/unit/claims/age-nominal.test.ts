import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: an age after a sentence a person nominal opens', () => {
  it('passes over the names there: the nominal is someone already spoken of', () => {
    const text =
      'Luis Ortega may leave Kelby. The Spaniard believed he was talking to Dunmore sporting director Pedro Vela. "I want to go," the 21-year-old told a radio station.';
    const ortega = named(text, 'person.luis-ortega', 'PERSON', ['Luis Ortega']);
    const vela = named(text, 'person.pedro-vela', 'PERSON', ['Pedro Vela']);
    expect(speakerOf(text, 'the 21-year-old', [ortega, vela])).toBe('person.luis-ortega');
  });

  it('not for a nominal of another kind of person: the boss is no striker', () => {
    const text =
      'Kelby striker Ian Pike may join Dunmore. The Welsh striker fell out with Kelby manager Tom Lane. The Kelby boss vowed Pike would not play again.';
    const pike = named(text, 'person.ian-pike', 'PERSON', ['Ian Pike', 'Pike'], ['striker']);
    const lane = named(text, 'person.tom-lane', 'PERSON', ['Tom Lane'], ['manager']);
    expect(speakerOf(text, 'The Kelby boss', [pike, lane])).toBe('person.tom-lane');
  });
});
