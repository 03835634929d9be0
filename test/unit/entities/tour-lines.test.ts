import { describe, expect, it } from 'vitest';
import { idsTypesAndMentions } from './helpers';

describe('the slots of a list of tour dates', () => {
  it('makes a venue cut by the tagger one place after "@", and the town and its code places', () => {
    const text =
      'Tour dates:\n\nJune 9 – Dunmore, FL @ Oak Sky Amphitheatre\n\nJune 12 – Kelso, NJ @ Elm Credit Union Music Park at Birch Creek\n\nJune 14 – Ayr, ON @ The Ash Bank Stage';
    expect(
      idsTypesAndMentions(text, [
        ['Amphitheatre', 'ORG'],
        ['Elm Credit Union', 'ORG'],
        ['Birch Creek', 'PER'],
        ['FL', 'ORG'],
      ]),
    ).toEqual([
      ['gpe.dunmore', 'GPE', ['Dunmore']],
      ['gpe.fl', 'GPE', ['FL']],
      ['loc.oak-sky-amphitheatre', 'LOC', ['Oak Sky Amphitheatre']],
      ['gpe.kelso', 'GPE', ['Kelso']],
      ['gpe.nj', 'GPE', ['NJ']],
      [
        'loc.elm-credit-union-music-park-at-birch-creek',
        'LOC',
        ['Elm Credit Union Music Park at Birch Creek'],
      ],
      ['gpe.ayr', 'GPE', ['Ayr']],
      ['gpe.on', 'GPE', ['ON']],
      ['loc.ash-bank-stage', 'LOC', ['Ash Bank Stage']],
    ]);
  });

  it('reads the venue before the town, leaving a former name in brackets and a town after a dash out', () => {
    const text =
      'Tour dates:\n\nJune 9 -- Jiffy Lube Live, Dunmore, FL\n\nJune 12 -- Oak Bank Arena (Formerly Elm Arena), Kelso, NC\n\nJune 14 – Ayr, CT @ Pine Casino Amphitheatre – Chicago';
    const got = idsTypesAndMentions(text, [['Jiffy Lube', 'ORG']]);
    expect(got).toContainEqual(['loc.jiffy-lube-live', 'LOC', ['Jiffy Lube Live']]);
    expect(got).toContainEqual(['loc.oak-bank-arena', 'LOC', ['Oak Bank Arena']]);
    expect(got).toContainEqual(['loc.pine-casino-amphitheatre', 'LOC', ['Pine Casino Amphitheatre']]);
    expect(got.map(([id]) => id)).not.toContain('org.jiffy-lube');
  });

  it('leaves a single dated line, a code that is no state, and a slot one name fills whole', () => {
    const one = 'The show:\n\nJune 9 – Dunmore, FL @ Oak Sky Amphitheatre\n\nTickets on sale now.';
    expect(idsTypesAndMentions(one, [['Amphitheatre', 'ORG']])).toEqual([
      ['org.amphitheatre', 'ORG', ['Amphitheatre']],
    ]);
    const abroad =
      'Tour dates:\n\nJune 9 – Lyon, FR @ Halle Tony Garnier\n\nJune 12 – Nantes, FR @ Zenith Hall\n\nJune 14 – Lille, FR @ Zenith Arena';
    expect(idsTypesAndMentions(abroad, [['Zenith', 'ORG']]).map(([id]) => id)).toEqual(['org.zenith']);
    const whole =
      'Tour dates:\n\nJune 9 – Dunmore, FL @ Elm Hall\n\nJune 12 – Kelso, NC @ Oak Hall\n\nElm Hall sponsors the tour.';
    expect(idsTypesAndMentions(whole, [['Elm Hall', 'ORG']])).toContainEqual([
      'org.elm-hall',
      'ORG',
      ['Elm Hall', 'Elm Hall'],
    ]);
  });
});
