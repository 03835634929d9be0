import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe('a name the tagger cut in two at "of"', () => {
  it('is one when its first part is a head no name stops at', () => {
    expect(
      linked('The rig is in the Gulf of Mexico, far from Texas.', [
        ['Gulf', 'LOC'],
        ['Mexico', 'LOC'],
        ['Texas', 'LOC'],
      ]),
    ).toEqual([
      ['loc.gulf-of-mexico', ['Gulf of Mexico']],
      ['gpe.texas', ['Texas']],
    ]);
    expect(
      linked('He was made a fellow of the Royal Society of Edinburgh last year.', [
        ['Royal Society', 'ORG'],
        ['Edinburgh', 'LOC'],
      ]),
    ).toEqual([['org.royal-society-of-edinburgh', ['Royal Society of Edinburgh']]]);
  });

  it('takes in a head the tagger left out', () => {
    expect(
      linked('The Church of England has a synod, and the Isle of Wight a ferry.', [
        ['England', 'LOC'],
        ['Wight', 'LOC'],
      ]),
    ).toEqual([
      ['org.church-of-england', ['Church of England']],
      ['loc.isle-of-wight', ['Isle of Wight']],
    ]);
    expect(linked('He was at the Ministry of Defence.', [['Defence', 'ORG']])).toEqual([
      ['org.ministry-of-defence', ['Ministry of Defence']],
    ]);
    // "of the" as well as "of"
    expect(linked('Talks opened at the Palace of the Nations.', [['Nations', 'ORG']])).toEqual([
      ['org.palace-of-the-nations', ['Palace of the Nations']],
    ]);
  });

  it("is a peer's name, joined to the peer", () => {
    expect(
      linked('Lord Nicholls of Birkenhead said the law was wrong. Nicholls ruled against it.', [
        ['Nicholls', 'PER'],
        ['Birkenhead', 'LOC'],
      ]),
    ).toEqual([['person.nicholls', ['Nicholls of Birkenhead', 'Nicholls']]]);
  });

  it("is a work's title, wherever the article writes it", () => {
    expect(
      linked(
        'She won for her role in Eternal Sunshine of the Spotless Mind. Eternal Sunshine of the Spotless Mind was a hit.',
        [
          ['Eternal Sunshine', 'ORG'],
          ['Spotless Mind', 'ORG'],
        ],
      ),
    ).toEqual([
      [
        'misc.eternal-sunshine-of-the-spotless-mind',
        ['Eternal Sunshine of the Spotless Mind', 'Eternal Sunshine of the Spotless Mind'],
      ],
    ]);
  });

  it('is an award "of the Year"', () => {
    expect(
      linked('She won the Whitbread Book of the Year title.', [
        ['Whitbread Book', 'LOC'],
        ['Year', 'MISC'],
      ]),
    ).toEqual([['misc.whitbread-book-of-the-year', ['Whitbread Book of the Year']]]);
  });

  it('stays two for a person or a firm of a place, and before a nationality', () => {
    const people = linked('She beat Nathalie Dechy of France on Monday.', [
      ['Nathalie Dechy', 'PER'],
      ['France', 'LOC'],
    ]);
    expect(people.map(([id]) => id)).toEqual(['person.nathalie-dechy', 'gpe.france']);
    const firms = linked('Samsung of South Korea has a phone.', [
      ['Samsung', 'ORG'],
      ['South Korea', 'LOC'],
    ]);
    expect(firms.map(([id]) => id)).toEqual(['org.samsung', 'gpe.south-korea']);
    const cut = linked('In October, the Council of Scottish Colonels met.', [
      ['Council', 'ORG'],
      ['Scottish', 'MISC'],
    ]);
    expect(cut.map(([id]) => id)).toEqual(['org.council', 'norp.scottish']);
  });

  it('stays two when a head comes before a full name ("the Labour of Robert Jackson" is no name)', () => {
    const ids = linked('The House of Robert Jackson was sold.', [
      ['House', 'ORG'],
      ['Robert Jackson', 'PER'],
    ]).map(([id]) => id);
    expect(ids).toEqual(['org.house', 'person.robert-jackson']);
  });
});
