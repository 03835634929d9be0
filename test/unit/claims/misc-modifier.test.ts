import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

/** The speaker of `source` in `text`, where `modifier` is a name the tagger typed MISC. */
function speakerWithMisc(text: string, source: string, modifier: string): string | null {
  const misc = named(text, `misc.${modifier.toLowerCase()}`, 'MISC', [modifier]);
  return speakerOf(text, source, [misc]);
}

describe('resolveSpeaker: a MISC name that only modifies a noun for people', () => {
  it('is no speaker before a person, people or a role', () => {
    expect(
      speakerWithMisc('A Zorvian man has been charged, police said.', 'A Zorvian man', 'Zorvian'),
    ).toBeNull();
    expect(speakerWithMisc('Halo fans say the sequel is better.', 'Halo fans', 'Halo')).toBeNull();
    expect(
      speakerWithMisc('Those Brownite briefers say he is unhappy.', 'Those Brownite briefers', 'Brownite'),
    ).toBeNull();
    expect(
      speakerWithMisc('The Zorvian archbishop said it was wrong.', 'The Zorvian archbishop', 'Zorvian'),
    ).toBeNull();
    expect(
      speakerWithMisc('Some Bafta experts said it was the best.', 'Some Bafta experts', 'Bafta'),
    ).toBeNull();
  });

  it('still speaks through its voice or as a thing it names', () => {
    expect(speakerWithMisc('A Pops spokesperson said it was ending.', 'A Pops spokesperson', 'Pops')).toBe(
      'misc.pops',
    );
    expect(speakerWithMisc('G7 ministers said rates would rise.', 'G7 ministers', 'G7')).toBe('misc.g7');
    expect(speakerWithMisc('The YouGov poll found support fell.', 'The YouGov poll', 'YouGov')).toBe(
      'misc.yougov',
    );
  });

  it('still speaks as a whole source', () => {
    expect(speakerWithMisc('Later, Zorvian said it would appeal.', 'Zorvian', 'Zorvian')).toBe(
      'misc.zorvian',
    );
  });
});

describe('resolveSpeaker: a MISC place adjective before any common noun', () => {
  it('is no speaker before a thing or a body', () => {
    expect(
      speakerWithMisc(
        'International agencies pledged their support.',
        'International agencies',
        'International',
      ),
    ).toBeNull();
    expect(
      speakerWithMisc('The US-German firm said it would pull out.', 'The US-German firm', 'US-German'),
    ).toBeNull();
  });

  it('still speaks when it is no place adjective, or the whole source', () => {
    expect(speakerWithMisc('G7 ministers said rates would rise.', 'G7 ministers', 'G7')).toBe('misc.g7');
    expect(
      speakerWithMisc('Later, International said it would appeal.', 'International', 'International'),
    ).toBe('misc.international');
  });
});

describe('resolveSpeaker: "the Swiss" is one person', () => {
  it('goes to the Swiss player named before', () => {
    const text = 'Mia Keller won in Paris. "It was hard," said the 24-year-old Swiss.';
    const keller = named(text, 'person.mia-keller', 'PERSON', ['Mia Keller']);
    expect(speakerOf(text, 'the 24-year-old Swiss', [keller])).toBe('person.mia-keller');
  });
});
