import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('a name ending in a venue word, typed a person', () => {
  it('is a place', () => {
    const text = 'The band play the Wexley Auditorium in May and the Ann Rowe Marsh Pavilion in June.';
    expect(
      typesOf(text, [
        ['Wexley Auditorium', 'PER'],
        ['Ann Rowe Marsh Pavilion', 'PER'],
      ]),
    ).toEqual({ 'Wexley Auditorium': 'LOC', 'Ann Rowe Marsh Pavilion': 'LOC' });
  });

  it('stays a person as two words opening on a given name', () => {
    expect(typesOf('The coach Bruce Arena said so.', [['Bruce Arena', 'PER']])).toEqual({
      'Bruce Arena': 'PERSON',
    });
  });
});
