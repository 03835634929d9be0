import { describe, expect, it } from 'vitest';
import { idsAndMentions, typesOf } from './helpers';

describe('a team named for its town or by its nickname in a sports report', () => {
  it('is a club where the words around call it a team', () => {
    const text =
      'Kettlewick flanker Tom Ashby scored two tries. Brackley beat Kettlewick 20-3 as the season opened, their coach said.';
    expect(
      typesOf(text, [
        ['Kettlewick', 'LOC'],
        ['Brackley', 'LOC'],
        ['Tom Ashby', 'PER'],
      ]),
    ).toMatchObject({ Kettlewick: 'ORG', Brackley: 'ORG', 'Tom Ashby': 'PERSON' });
  });

  it('is a club for a box score, a record or a plural verb, and takes the id a club has', () => {
    const text =
      'Otters 4, Herons 1: Jo Bell scored twice in overtime. The Pikes (6-2, 3-1) play next. The Voles were beaten again this season, their coach said.';
    expect(
      idsAndMentions(text, [
        ['Otters', 'PER'],
        ['Herons', 'MISC'],
        ['Pikes', 'MISC'],
        ['Voles', 'LOC'],
        ['Jo Bell', 'PER'],
      ]).map(([id]) => id),
    ).toEqual(['org.otters', 'org.herons', 'person.jo-bell', 'org.pikes', 'org.voles']);
  });

  it("is a club for a name that ends on a club's word, with no cue around it; a city stays a place", () => {
    const text =
      'Backs: Jo Bell (Kettlewick Rugby), Sam Ortiz (Brackley Sharks). Both scored tries last season, the coach said of their trip to Brackley City.';
    expect(
      typesOf(text, [
        ['Kettlewick Rugby', 'LOC'],
        ['Brackley Sharks', 'PER'],
        ['Brackley City', 'LOC'],
        ['Jo Bell', 'PER'],
        ['Sam Ortiz', 'PER'],
      ]),
    ).toMatchObject({ 'Kettlewick Rugby': 'ORG', 'Brackley Sharks': 'ORG', 'Brackley City': 'GPE' });
  });

  it("is a club for a player's or manager's time there, his old club, or a star of it; not a town played or won at", () => {
    const text =
      'After a poor stint at Kettlewick he scored ten goals this season. He was managed by Ortiz at Brackley, then faced old club Dunmore. Ashvale star Jo Bell was captain of Fenwick, the coach said. They played at Lowbridge and won at Hexley.';
    expect(
      typesOf(text, [
        ['Kettlewick', 'LOC'],
        ['Ortiz', 'PER'],
        ['Brackley', 'LOC'],
        ['Dunmore', 'LOC'],
        ['Ashvale', 'LOC'],
        ['Jo Bell', 'PER'],
        ['Fenwick', 'LOC'],
        ['Lowbridge', 'LOC'],
        ['Hexley', 'LOC'],
      ]),
    ).toMatchObject({
      Kettlewick: 'ORG',
      Brackley: 'ORG',
      Dunmore: 'ORG',
      Ashvale: 'ORG',
      Fenwick: 'ORG',
      Lowbridge: 'GPE',
      Hexley: 'GPE',
    });
  });

  it("reads an article as about sport by a competition's words too", () => {
    const text =
      'The winger missed the FA Cup replay as Kettlewick beat Brackley. Both sides are in the Premiership.';
    expect(
      typesOf(text, [
        ['Kettlewick', 'LOC'],
        ['Brackley', 'LOC'],
      ]),
    ).toMatchObject({ Kettlewick: 'ORG', Brackley: 'ORG' });
  });

  it('leaves a country, a place a mention says is one, and an article about no sport', () => {
    const sport =
      'France beat Kettlewick 3-1 in overtime. Jo Bell, a Kettlewick native, scored a goal this season, the coach said.';
    expect(
      typesOf(sport, [
        ['France', 'LOC'],
        ['Kettlewick', 'LOC'],
        ['Jo Bell', 'PER'],
      ]),
    ).toMatchObject({ France: 'GPE', Kettlewick: 'GPE' });
    const fair = 'Brackley beat Kettlewick to host the fair, the council said. The Voles were there.';
    expect(
      typesOf(fair, [
        ['Brackley', 'LOC'],
        ['Kettlewick', 'LOC'],
        ['Voles', 'PER'],
      ]),
    ).toMatchObject({ Brackley: 'GPE', Kettlewick: 'GPE', Voles: 'PERSON' });
  });
});

describe('a nickname after a preposition in a sports report', () => {
  it('is the club after "for the", "with the", "at", and "ex-" before a member of staff', () => {
    const text =
      'He scored 20 goals for the Kestrels this season. He won the cup with the Badgers in 1995. He was sacked at Otters in 2003. The ex-Voles assistant boss joined the league coach.';
    expect(
      typesOf(text, [
        ['Kestrels', 'LOC'],
        ['Badgers', 'MISC'],
        ['Otters', 'LOC'],
        ['Voles', 'MISC'],
      ]),
    ).toMatchObject({ Kestrels: 'ORG', Badgers: 'ORG', Otters: 'ORG', Voles: 'ORG' });
  });

  it('not a surname typed a person after a bare "at" or "with"', () => {
    const text =
      'He scored twice this season and the coach said the league was won. He played at Hendricks and with Hendricks, then for the Herons.';
    expect(
      typesOf(text, [
        ['Hendricks', 'PER'],
        ['Herons', 'PER'],
      ]),
    ).toMatchObject({ Hendricks: 'PERSON', Herons: 'ORG' });
  });
});
