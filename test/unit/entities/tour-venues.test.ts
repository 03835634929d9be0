import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('a venue in a list of tour dates', () => {
  it('is a place where its name fills the slot before the town and state, or after "@"', () => {
    const text =
      'Tour dates:\n\nJune 9 -- Pepsi Hall, Dunmore, FL\n\nJune 12 -- Elm Music Center, Kelso, NC\n\nJune 14 – Ayr, CT @ Oak Bank Center';
    expect(
      typesOf(text, [
        ['Pepsi Hall', 'ORG'],
        ['Elm Music Center', 'ORG'],
        ['Oak Bank Center', 'PER'],
      ]),
    ).toMatchObject({ 'Pepsi Hall': 'LOC', 'Elm Music Center': 'LOC', 'Oak Bank Center': 'LOC' });
  });

  // a name cut short in the slot ("Jiffy Lube" of "Jiffy Lube Live") is ./tour-lines'
  it('keeps the type of one named in the story too, and of a line with no state', () => {
    const text =
      'Tour dates:\n\nJune 9 -- Jiffy Lube Live, Dunmore, FL\n\nJune 12 -- Elm Hall, Kelso, NC\n\nJune 14 -- Ash Hall, Paris, France\n\nElm Hall sponsors the tour.';
    expect(
      typesOf(text, [
        ['Elm Hall', 'ORG'],
        ['Ash Hall', 'ORG'],
      ]),
    ).toMatchObject({ 'Elm Hall': 'ORG', 'Ash Hall': 'ORG' });
  });
});
