import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('names listed after a kind of work or product', () => {
  it('are works or products, whatever the tagger typed them', () => {
    const text =
      "Its films include Gothika and Phone Booth. Its brands include Staropramen's, Strongbow and Kronenbourg. TV programmes such as Casualty, Eastenders and Holby are on offer.";
    expect(
      typesOf(text, [
        ['Gothika', 'PER'],
        ['Phone Booth', 'ORG'],
        ['Staropramen', 'PER'],
        ['Strongbow', 'LOC'],
        ['Kronenbourg', 'LOC'],
        ['Casualty', 'LOC'],
        ['Eastenders', 'ORG'],
      ]),
    ).toEqual({
      Gothika: 'MISC',
      'Phone Booth': 'MISC',
      "Staropramen's": 'MISC',
      Strongbow: 'MISC',
      Kronenbourg: 'MISC',
      Casualty: 'MISC',
      Eastenders: 'MISC',
    });
  });

  it("leaves a person's name, a known place, a brand typed a firm, and names past the list or before no cue", () => {
    const text =
      'His films include Michael Collins and Paris. Mr Gothika spoke. Films include Gothika. Its brands include Guinness and Dove, said Tom Hale. Fans like Strongbow.';
    expect(
      typesOf(text, [
        ['Michael Collins', 'PER'],
        ['Paris', 'LOC'],
        ['Gothika', 'PER'],
        ['Guinness', 'ORG'],
        ['Dove', 'PER'],
        ['Tom Hale', 'PER'],
        ['Strongbow', 'PER'],
      ]),
    ).toEqual({
      'Michael Collins': 'PERSON',
      Paris: 'GPE',
      Gothika: 'PERSON',
      Guinness: 'ORG',
      Dove: 'MISC',
      'Tom Hale': 'PERSON',
      Strongbow: 'PERSON',
    });
  });
});
