import { describe, expect, it, vi } from 'vitest';
import { defaultAliasTable } from '../../../functions/domain/entities/alias-table';
import { retypeKindCuedWorks } from '../../../functions/domain/entities/kind-cued-works';
import { entityAt, typesOf } from './helpers';

describe('a body or place right after the kind of work it is', () => {
  it('is a work, with all its mentions', () => {
    const text =
      'She starred in ITV drama Harbour Lights and in the BBC comedy Tin Cups. Her book Salt Island sold well. The TV show Quay Street ran for years. Tin Cups returns in May.';
    expect(
      typesOf(text, [
        ['Harbour Lights', 'ORG'],
        ['Tin Cups', 'ORG'],
        ['Salt Island', 'LOC'],
        ['Quay Street', 'LOC'],
        ['Tin Cups', 'ORG'],
      ]),
    ).toEqual({
      'Harbour Lights': 'MISC',
      'Tin Cups': 'MISC',
      'Salt Island': 'MISC',
      'Quay Street': 'MISC',
    });
  });

  it('is a work after its kind and "called" or "titled", past "The"', () => {
    const text = 'The book was called The Quiet Harbour, and it sold. A firm called Bright Sails failed.';
    expect(
      typesOf(text, [
        ['Quiet Harbour', 'ORG'],
        ['Bright Sails', 'ORG'],
      ]),
    ).toEqual({ 'Quiet Harbour': 'MISC', 'Bright Sails': 'ORG' });
  });

  it('leaves a known place or body, a nationality, the verbs, and a name with no such cue', () => {
    const text =
      'His album Paris sold well. It is the song Britons like best. Figures show Quay Street lost money. He plans to film Harbour Lights. We visited Salt Island.';
    expect(
      typesOf(text, [
        ['Paris', 'LOC'],
        ['Britons', 'ORG'],
        ['Quay Street', 'ORG'],
        ['Harbour Lights', 'LOC'],
        ['Salt Island', 'LOC'],
      ]),
    ).toEqual({
      Paris: 'GPE',
      Britons: 'ORG',
      'Quay Street': 'ORG',
      'Harbour Lights': 'GPE',
      'Salt Island': 'LOC',
    });
  });

  it('takes a person-typed name after a soap, an opera, a track, a single or a hit for a work', () => {
    const text =
      'He made TV soap Quayside. Her debut hit Tin Drum and the track Lantern Way sold well. Quayside ended in May.';
    expect(
      typesOf(text, [
        ['Quayside', 'PER'],
        ['Tin Drum', 'PER'],
        ['Lantern Way', 'PER'],
      ]),
    ).toEqual({ Quayside: 'MISC', 'Tin Drum': 'MISC', 'Lantern Way': 'MISC' });
  });

  it('leaves the verb "hit", a given name after "track", and a person a verb follows', () => {
    const text =
      'The ban could hit Radwell hard. Every track Robbie Grant has sung is a hit. The single Marla Quade said she liked.';
    expect(
      typesOf(text, [
        ['Radwell', 'PER'],
        ['Robbie Grant', 'PER'],
        ['Marla Quade', 'PER'],
      ]),
    ).toEqual({ Radwell: 'PERSON', 'Robbie Grant': 'PERSON', 'Marla Quade': 'PERSON' });
  });

  it('takes a name set off by commas after its kind of work for a work', () => {
    const text =
      'Their debut single, Tin Drum, sold well. His next major film, Marko Vell, opens in May. The third album, Salt Island. Her latest movie, Quayside, is out.';
    expect(
      typesOf(text, [
        ['Tin Drum', 'PER'],
        ['Marko Vell', 'PER'],
        ['Salt Island', 'LOC'],
        ['Quayside', 'ORG'],
      ]),
    ).toEqual({ 'Tin Drum': 'MISC', 'Marko Vell': 'MISC', 'Salt Island': 'MISC', Quayside: 'MISC' });
  });

  it('leaves a name after a preposition and "the", one a verb or possessive follows, and a known place', () => {
    const text =
      "The director of the film, Vinod Pall, spoke. After the game, Marla Quade said she was tired. Last week's top film, Ice Lorne's comedy, fell. Their third album, Paris, sold well.";
    expect(
      typesOf(text, [
        ['Vinod Pall', 'PER'],
        ['Marla Quade', 'PER'],
        ['Ice Lorne', 'PER'],
        ['Paris', 'LOC'],
      ]),
    ).toEqual({ 'Vinod Pall': 'PERSON', 'Marla Quade': 'PERSON', 'Ice Lorne': 'PERSON', Paris: 'GPE' });
  });

  it('takes a body or place after a single, a track or a board or video game for a work', () => {
    const text =
      'Their recent single Lantern Way topped the chart. The album has the track Salt Island. They made the board game Quayside and the video game Tin Drum.';
    expect(
      typesOf(text, [
        ['Lantern Way', 'LOC'],
        ['Salt Island', 'ORG'],
        ['Quayside', 'ORG'],
        ['Tin Drum', 'ORG'],
      ]),
    ).toEqual({ 'Lantern Way': 'MISC', 'Salt Island': 'MISC', Quayside: 'MISC', 'Tin Drum': 'MISC' });
  });

  it('leaves the adjective "single", the artist of a record and a match', () => {
    const text =
      'A single Quorva battery lasts a week. Blair bought the charity single Tin Aid 20 and the Tin Aid single. In the game Salt Island scored twice.';
    expect(
      typesOf(text, [
        ['Quorva', 'ORG'],
        ['Tin Aid', 'ORG'],
        ['Tin Aid', 'ORG'],
        ['Salt Island', 'ORG'],
      ]),
    ).toEqual({ Quorva: 'ORG', 'Tin Aid': 'ORG', 'Salt Island': 'ORG' });
  });
});

describe("a name right after a year's possessive", () => {
  it('is a work, typed a body, a place or a person, a given name first too', () => {
    const text =
      "Their first hit was 1972's Harbour Lights. He starred in 1989's Shirley Tanner and 1985’s Quay Street. Harbour Lights returns.";
    expect(
      typesOf(text, [
        ['Harbour Lights', 'LOC'],
        ['Shirley Tanner', 'PER'],
        ['Quay Street', 'ORG'],
      ]),
    ).toEqual({ 'Harbour Lights': 'MISC', 'Shirley Tanner': 'MISC', 'Quay Street': 'MISC' });
  });

  it('leaves a known place, a person a verb follows and a name with no year before it', () => {
    const text =
      "Sales beat 2003's Paris figures. In 1989's Jo Tanner said no. The 1972 Harbour Lights hotel opened.";
    expect(
      typesOf(text, [
        ['Paris', 'LOC'],
        ['Jo Tanner', 'PER'],
        ['Harbour Lights', 'LOC'],
      ]),
    ).toEqual({ Paris: 'GPE', 'Jo Tanner': 'PERSON', 'Harbour Lights': 'LOC' });
  });
});

describe('a body or place right after the prize it won', () => {
  it('is a work, with all its mentions', () => {
    const text =
      'Quorva won best rap album for Salt Island and the best screenplay award for Tin Drum. Tin Drum opens soon.';
    expect(
      typesOf(text, [
        ['Quorva', 'PER'],
        ['Salt Island', 'LOC'],
        ['Tin Drum', 'ORG'],
        ['Tin Drum', 'ORG'],
      ]),
    ).toEqual({ Quorva: 'PERSON', 'Salt Island': 'MISC', 'Tin Drum': 'MISC' });
  });

  it('leaves a person, a known place and a name after a deal', () => {
    const text =
      'Jo Quorva won best actor for Tom Hale. It was best film for France. It is the best deal for Salt Island.';
    expect(
      typesOf(text, [
        ['Jo Quorva', 'PER'],
        ['Tom Hale', 'PER'],
        ['France', 'LOC'],
        ['Salt Island', 'LOC'],
      ]),
    ).toEqual({ 'Jo Quorva': 'PERSON', 'Tom Hale': 'PERSON', France: 'GPE', 'Salt Island': 'LOC' });
  });
});

describe('a name no comma sets off after a kind of work', () => {
  it('is not looked up in the alias table', () => {
    const text = 'Later Tom Hale spoke to the press.';
    const entities = [entityAt(text, 'person.tom-hale', 'PERSON', [['Tom Hale', 0]])];
    const lookup = vi.spyOn(defaultAliasTable, 'lookup');
    expect(retypeKindCuedWorks(text, entities, defaultAliasTable)).toBe(entities);
    expect(lookup).not.toHaveBeenCalled();
    lookup.mockRestore();
  });
});
