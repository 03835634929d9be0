import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

/*
 * One-word names tagged as people that the article never treats as one
 * (no given name before, no honorific, no "he said"): the words around
 * them say what they are.
 */
describe('bare names: clubs', () => {
  it('takes a name a side plays or loses to for a club', () => {
    const text = 'They face Dunmore in the final on Sunday. Last season they lost 3-2 to Dunmore.';
    expect(typesOf(text, [['Dunmore', 'PER']])).toEqual({ Dunmore: 'ORG' });
  });

  it('takes a name followed by their or themselves for a club', () => {
    const text = 'Reports say Dunmore will renew their bid for the striker.';
    expect(typesOf(text, [['Dunmore', 'PER']])).toEqual({ Dunmore: 'ORG' });
  });

  it("takes a name before a player's full name for a club", () => {
    const text = "The coach will choose from Dunmore's Andy Gomm or Kelso's Ben Tait.";
    expect(
      typesOf(text, [
        ['Dunmore', 'PER'],
        ['Andy Gomm', 'PER'],
        ['Kelso', 'ORG'],
        ['Ben Tait', 'PER'],
      ]),
    ).toEqual({ Dunmore: 'ORG', 'Andy Gomm': 'PERSON', Kelso: 'ORG', 'Ben Tait': 'PERSON' });
  });

  it('takes eventual winners for a club', () => {
    const text = 'They went down 37-32 to eventual winners Dunmore in a thrilling game.';
    expect(typesOf(text, [['Dunmore', 'PER']])).toEqual({ Dunmore: 'ORG' });
  });
});

describe('bare names: firms', () => {
  it('takes a name that is sold, has losses or a plant for a firm', () => {
    const text =
      "Ministers blocked the sale of Tarvex. Tarvex, which was bought last year, is losing money. Cutting Tarvex's losses will be hard.";
    expect(typesOf(text, [['Tarvex', 'PER']])).toEqual({ Tarvex: 'ORG' });
  });

  it('takes a unit, a factory and its bosses for a firm', () => {
    const text =
      'The group sold its key Tarvex unit. Quillon bosses said jobs were safe. Its plans for the Wemby factory were unclear.';
    expect(
      typesOf(text, [
        ['Tarvex', 'PER'],
        ['Quillon', 'PER'],
        ['Wemby', 'PER'],
      ]),
    ).toEqual({ Tarvex: 'ORG', Quillon: 'ORG', Wemby: 'ORG' });
  });

  it('takes a name followed by its own for a firm', () => {
    const text = 'For years, Quillon has said its cars compete with the best.';
    expect(typesOf(text, [['Quillon', 'PER']])).toEqual({ Quillon: 'ORG' });
  });
});

describe('bare names: venues and nationals', () => {
  it('takes a name a side travels to for a place', () => {
    const text = '"We will go to Dunmore with a little fear," he said.';
    expect(typesOf(text, [['Dunmore', 'PER']])).toEqual({ Dunmore: 'LOC' });
  });

  it('takes "the 31-year-old Scot" and "the Dane" for nationals, not names', () => {
    const text = 'The 31-year-old Scot was banned in 1998. The Dane, who won last year, was second.';
    expect(
      typesOf(text, [
        ['Scot', 'PER'],
        ['Dane', 'PER'],
      ]),
    ).toEqual({ Scot: 'NORP', Dane: 'NORP' });
  });
});

describe('bare names: people stay people', () => {
  it('keeps a name the article gives a given name', () => {
    const text = 'Tim Dunmore was in form. Hewlin beat Dunmore 6-3 in the final.';
    expect(
      typesOf(text, [
        ['Tim Dunmore', 'PER'],
        ['Hewlin', 'PER'],
      ]),
    ).toEqual({ 'Tim Dunmore': 'PERSON', Hewlin: 'PERSON' });
  });

  it('keeps a name followed by "said he" or ", who"', () => {
    const text = 'Hewlin beat Dunmore 6-3 in the final. Dunmore said he was tired.';
    expect(
      typesOf(text, [
        ['Hewlin', 'PER'],
        ['Dunmore', 'PER'],
      ]),
    ).toEqual({ Hewlin: 'PERSON', Dunmore: 'PERSON' });
    const other = 'Fans will go to Dunmore for advice. Dunmore, who coached here, is kind.';
    expect(typesOf(other, [['Dunmore', 'PER']])).toEqual({ Dunmore: 'PERSON' });
  });

  it('keeps a name after an honorific and a leader named with "the" and a noun', () => {
    const text = 'Voters face Blair at the polls. Mr Blair said the Blair government would win.';
    // the government itself is a body of its own (./leader-administrations)
    expect(typesOf(text, [['Blair', 'PER']])).toEqual({ Blair: 'PERSON', 'Blair government': 'ORG' });
    const queen = 'The Queen was at the opening.';
    expect(typesOf(queen, [['Queen', 'PER']])).toEqual({ Queen: 'PERSON' });
  });

  it('keeps a name whose plural noun is the antecedent of the pronoun', () => {
    const text = 'Calder shoppers began their spree.';
    expect(typesOf(text, [['Calder', 'PER']])).toEqual({ Calder: 'PERSON' });
  });

  it('takes a national met for a national and a capitalised title word for no cue', () => {
    const text = 'He will play Cypriot next. She won the Champions Dunmore event.';
    expect(
      typesOf(text, [
        ['Cypriot', 'PER'],
        ['Dunmore', 'PER'],
      ]),
    ).toEqual({ Cypriot: 'NORP', Dunmore: 'PERSON' });
  });
});

describe('bare names: "the" and a word that is no nationality', () => {
  it('takes no brand or firm after "the" for a national ("the Smart will", "The Titan corporation")', () => {
    const smart = 'In Europe, the Smart will now go on sale through dealers.';
    expect(typesOf(smart, [['Smart', 'PER']])).toEqual({ Smart: 'PERSON' });
    const titan = 'The Titan corporation was accused of fraud.';
    expect(typesOf(titan, [['Titan', 'PER']])).toEqual({ Titan: 'PERSON' });
  });

  it('takes a plural name after "the" that opens a clause for a side ("The Pumas shocked")', () => {
    const text = 'The Pumas shocked the Irish early on.';
    expect(typesOf(text, [['Pumas', 'PER']])).toEqual({ Pumas: 'ORG' });
  });

  it('still takes "the Dubliner" and "the Munsterman" for nationals', () => {
    const text = 'The Dubliner was fined. The 24-year-old Munsterman is fit.';
    expect(
      typesOf(text, [
        ['Dubliner', 'PER'],
        ['Munsterman', 'PER'],
      ]),
    ).toEqual({ Dubliner: 'NORP', Munsterman: 'NORP' });
  });
});
