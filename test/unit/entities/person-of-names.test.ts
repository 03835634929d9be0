import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe('a name "of" a country the tagger read as one body', () => {
  it('is a person and the country when no body word comes before "of"', () => {
    const text = 'She beat Ana Petrova of Russia and now meets Russia again.';
    expect(
      linked(text, [
        ['Ana Petrova of Russia', 'ORG'],
        ['Russia', 'LOC'],
      ]),
    ).toEqual([
      ['person.ana-petrova', ['Ana Petrova']],
      ['gpe.russia', ['Russia', 'Russia']],
    ]);
  });

  it("leaves a body's name whole, and a person of no country", () => {
    const text = 'The Reserve Bank of Australia spoke. So did Jo Ward of Acme Widgets.';
    expect(
      linked(text, [
        ['Reserve Bank of Australia', 'ORG'],
        ['Jo Ward of Acme Widgets', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.reserve-bank-of-australia', 'org.jo-ward-of-acme-widgets']);
  });
});

describe("a peer's title typed a body", () => {
  it('is a person', () => {
    const text = 'Lord Smith of Barnsley spoke in the debate.';
    expect(linked(text, [['Lord Smith of Barnsley', 'ORG']]).map(([id]) => id)).toEqual([
      'person.lord-smith-of-barnsley',
    ]);
  });
});
