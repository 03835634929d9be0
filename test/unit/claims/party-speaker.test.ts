import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: "the party" is the party just spoken of', () => {
  it('takes the party a sentence before opens on, not one it names later', () => {
    const text =
      'The Liberal Democrats attacked the plans. Labour hit back at the Tory proposals on Monday. The party on Tuesday challenged the Tories to publish the figures.';
    const entities = [
      named(text, 'org.liberal-democrats', 'ORG', ['Liberal Democrats']),
      { ...named(text, 'org.labour-party', 'ORG', ['Labour']), name: 'Labour Party' },
      { ...named(text, 'org.conservative-party', 'ORG', ['Tory', 'Tories']), name: 'Conservative Party' },
    ];
    expect(speakerOf(text, 'The party', entities)).toBe('org.labour-party');
  });

  it('counts the Lib Dems as a party though no name of theirs in the article says so', () => {
    const text =
      'The Tories promise to keep the payments. The Lib Dems would let people swap them for insulation. The plan would boost energy conservation, says the party.';
    const entities = [
      { ...named(text, 'org.conservative-party', 'ORG', ['Tories']), name: 'Conservative Party' },
      { ...named(text, 'org.liberal-democrats', 'ORG', ['Lib Dems']), name: 'Liberal Democrats' },
    ];
    expect(speakerOf(text, 'the party', entities)).toBe('org.liberal-democrats');
  });

  it('counts "UKIP" as the party its initials name', () => {
    const text =
      'Mr Hockney left the UK Independence Party for Veritas. A spokesman for UKIP called on Mr Hockney to quit. The party asserts that he has a moral obligation.';
    const entities = [
      named(text, 'org.uk-independence-party', 'ORG', ['UK Independence Party']),
      named(text, 'org.veritas', 'ORG', ['Veritas']),
      named(text, 'org.ukip', 'ORG', ['UKIP']),
    ];
    expect(speakerOf(text, 'The party', entities)).toBe('org.ukip');
  });
});
