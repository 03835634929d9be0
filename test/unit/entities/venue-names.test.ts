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

describe('a name ending in a venue word, typed a country or a body', () => {
  it('is a place typed a country, and typed a body when it ends on a ground word', () => {
    const text =
      'Fans filled the Harcourt Stadium. The tour reached the Quarry Bank Arena and the Lark Theatre.';
    expect(
      typesOf(text, [
        ['Harcourt Stadium', 'LOC'],
        ['Quarry Bank Arena', 'ORG'],
        ['Lark Theatre', 'ORG'],
      ]),
    ).toEqual({ 'Harcourt Stadium': 'LOC', 'Quarry Bank Arena': 'LOC', 'Lark Theatre': 'ORG' });
  });
});

describe('a name ending in "Hotel", typed a country or a person', () => {
  it('is a place, as a venue is; typed a body it stays one, as a hotel may be its firm', () => {
    const text = 'They met at the Harcourt Plaza Hotel, then at the Wexley Grand Hotel. Lark Hotel said so.';
    expect(
      typesOf(text, [
        ['Harcourt Plaza Hotel', 'LOC'],
        ['Wexley Grand Hotel', 'PER'],
        ['Lark Hotel', 'ORG'],
      ]),
    ).toEqual({ 'Harcourt Plaza Hotel': 'LOC', 'Wexley Grand Hotel': 'LOC', 'Lark Hotel': 'ORG' });
  });
});

describe('a name typed a place or a person before a lower-case "hotel"', () => {
  it('is the place, unless the gazetteer knows the name', () => {
    const text =
      'They met at the Wexley hotel, then at the Harcourt Royal hotel. Police came to a London hotel.';
    expect(
      typesOf(text, [
        ['Wexley', 'LOC'],
        ['Harcourt Royal', 'PER'],
        ['London', 'LOC'],
      ]),
    ).toEqual({ Wexley: 'LOC', 'Harcourt Royal': 'LOC', London: 'GPE' });
  });
});
