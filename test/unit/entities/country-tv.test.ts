import { describe, expect, it } from 'vitest';
import { idsTypesAndMentions as named } from './helpers';

describe('a country or nationality taken with "TV" as one body', () => {
  it('is the country or the people', () => {
    const text =
      'She told US TV network Foxley News on Sunday. The US ratings fell. British TV never learnt.';
    expect(
      named(text, [
        ['US TV', 'ORG'],
        ['Foxley News', 'ORG'],
        ['US', 'LOC'],
        ['British TV', 'ORG'],
      ]),
    ).toEqual([
      ['gpe.united-states', 'GPE', ['US', 'US']],
      ['org.foxley-news', 'ORG', ['Foxley News']],
      ['norp.british', 'NORP', ['British']],
    ]);
  });

  it('leaves a channel named for a place or a firm, and the attribution view', () => {
    const text = 'He chairs Mersey TV. Foxley TV aired it.';
    expect(
      named(text, [
        ['Mersey TV', 'ORG'],
        ['Foxley TV', 'ORG'],
      ]),
    ).toEqual([
      ['org.mersey-tv', 'ORG', ['Mersey TV']],
      ['org.foxley-tv', 'ORG', ['Foxley TV']],
    ]);
    expect(named('She told US TV network Foxley News.', [['US TV', 'ORG']], false)).toEqual([
      ['org.us-tv', 'ORG', ['US TV']],
    ]);
  });
});
