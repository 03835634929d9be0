import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('a planet or moon typed a person or body', () => {
  it('is a place near a word of space', () => {
    const text =
      'The agency wants to send a crew to Mars by 2040. A probe will also visit Europa, an icy moon.';
    expect(
      typesOf(text, [
        ['Mars', 'PER'],
        ['Europa', 'ORG'],
      ]),
    ).toEqual({ Mars: 'LOC', Europa: 'LOC' });
  });

  it('stays as typed with no word of space near it', () => {
    expect(typesOf('She beat her sister Venus in the final.', [['Venus', 'PER']])).toEqual({
      Venus: 'PERSON',
    });
    expect(typesOf('Analysts at Jupiter expect growth.', [['Jupiter', 'ORG']])).toEqual({ Jupiter: 'ORG' });
  });
});
