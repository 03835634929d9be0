import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a role written as a title before a name', () => {
  const text =
    'Archbishop Desmond Tutu has called for the release. Moazzam Begg, from Birmingham, has been held for years. The archbishop added: "It is wrong."';
  const tutu = named(text, 'person.desmond-tutu', 'PERSON', ['Desmond Tutu']);
  const begg = named(text, 'person.moazzam-begg', 'PERSON', ['Moazzam Begg']);

  it('goes to the one titled so, an arch- role too, not the person named last', () => {
    expect(speakerOf(text, 'The archbishop', [tutu, begg])).toBe('person.desmond-tutu');
  });

  it('reads no part of a longer title: "Deputy Prime Minister" holds no plain office', () => {
    const other =
      'Deputy Prime Minister Joe Pratt spoke first. Tony Blair was there. The prime minister said it was fine.';
    const pratt = named(other, 'person.joe-pratt', 'PERSON', ['Joe Pratt']);
    const blair = named(other, 'person.tony-blair', 'PERSON', ['Tony Blair']);
    expect(speakerOf(other, 'The prime minister', [pratt, blair])).toBe('person.tony-blair');
  });
});
