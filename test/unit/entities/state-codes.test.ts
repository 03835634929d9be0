import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe("a state's postal code after a town", () => {
  it('is the state, and the town before it a place, in a list of dates', () => {
    const text =
      'Tour dates:\n\nJune 9 -- Pepsi Arena, Dunmore, FL\n\nJune 12 -- Elm Hall, Kelso, NC\n\nJune 14 – Ayr, CT @ Elm Arena';
    expect(
      typesOf(text, [
        ['FL', 'ORG'],
        ['NC', 'ORG'],
        ['Dunmore', 'PER'],
        ['Kelso', 'ORG'],
        ['CT', 'ORG'],
      ]),
    ).toMatchObject({ FL: 'GPE', NC: 'GPE', Dunmore: 'GPE', Kelso: 'GPE', CT: 'GPE' });
  });

  it('is no state before a word (an initial in a team list), and a name not before a code keeps its type', () => {
    const text = 'The side: S Rossi, CA del Monte, P Bruno. Dunmore played Kelso, NC, on Monday.';
    expect(
      typesOf(text, [
        ['CA', 'ORG'],
        ['Dunmore', 'PER'],
        ['Kelso', 'ORG'],
      ]),
    ).toEqual({ CA: 'ORG', Dunmore: 'PERSON', Kelso: 'GPE' });
  });
});

describe("a wire dateline's town", () => {
  it('is a place where the tagger typed it a person, not a body there nor the same name in the story', () => {
    const text = 'Dunmore, Ill. — Jo Kelso threw for three touchdowns.\n\nPEPA — Dunmore said the team won.';
    expect(
      typesOf(text, [
        ['Dunmore', 'PER'],
        ['Jo Kelso', 'PER'],
        ['PEPA', 'ORG'],
      ]),
    ).toEqual({ Dunmore: 'PERSON', 'Jo Kelso': 'PERSON', PEPA: 'ORG' });
    expect(typesOf('Dunmore, Ill. — Jo Kelso threw for three touchdowns.', [['Dunmore', 'PER']])).toEqual({
      Dunmore: 'GPE',
    });
  });
});
