import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

const roles = (text: string, spans: [string, TaggerType][]) =>
  Object.fromEntries(
    linkEntities(annotate(text), tagLongestFirst(text, spans)).map((e) => [e.name, e.roles]),
  );

describe('roles that end open or are no title', () => {
  it("are dropped: someone else's post, an award, a bare preposition or coordinator", () => {
    const text =
      'A spokesman for John Prescott said no. It won best actor for Jamie Foxx. Gordon Brown waited. Labour asked him to make way for Mr Brown. Both Mr Blair and Mr Brown agreed.';
    expect(
      roles(text, [
        ['John Prescott', 'PER'],
        ['Jamie Foxx', 'PER'],
        ['Labour', 'ORG'],
        ['Gordon Brown', 'PER'],
        ['Brown', 'PER'],
        ['Blair', 'PER'],
      ]),
    ).toEqual({
      'John Prescott': [],
      'Jamie Foxx': [],
      'Labour Party': [],
      'Gordon Brown': [],
      Blair: [],
    });
  });

  it('keep a title that ends on its own noun', () => {
    const text = 'Health Secretary John Reid spoke, and the Minister for Europe Denis MacShane agreed.';
    expect(
      roles(text, [
        ['John Reid', 'PER'],
        ['Denis MacShane', 'PER'],
      ]),
    ).toEqual({ 'John Reid': ['Health Secretary'], 'Denis MacShane': ['Minister for Europe'] });
  });

  it('lose a preposition or "said" they open on, and one opening on "and" goes', () => {
    const text =
      'Chelsea paid £6m for striker Tom Hale. Under President Sam Poe, the state grew. Mr Blair met his Israeli counterpart, Ari Gold, and the Palestinian leader, Abu Dan.';
    expect(
      roles(text, [
        ['Chelsea', 'ORG'],
        ['Tom Hale', 'PER'],
        ['Sam Poe', 'PER'],
        ['Blair', 'PER'],
        ['Ari Gold', 'PER'],
        ['Abu Dan', 'PER'],
      ]),
    ).toMatchObject({
      'Tom Hale': ['striker'],
      'Sam Poe': ['President'],
      'Ari Gold': [],
    });
  });

  it('holding no title word, read only for the "Mr" after them, are dropped; titles and courtesy titles stay', () => {
    const text =
      'On Tuesday Mr Ebbers spoke. Party sources told the BBC Mr Howard was wrong. Speaking in Leeds Mr Kemp said so. Although Mr Raskin left, BP chief executive Mr Browne stayed. Baroness Greenfield agreed.';
    expect(
      roles(text, [
        ['Ebbers', 'PER'],
        ['BBC', 'ORG'],
        ['Howard', 'PER'],
        ['Leeds', 'LOC'],
        ['Kemp', 'PER'],
        ['Raskin', 'PER'],
        ['BP', 'ORG'],
        ['Browne', 'PER'],
        ['Baroness Greenfield', 'PER'],
      ]),
    ).toMatchObject({
      Ebbers: [],
      Howard: [],
      Kemp: [],
      Raskin: [],
      Browne: ['BP chief executive'],
      Greenfield: ['Baroness'],
    });
  });

  it('lose the day or month of the news they open on', () => {
    const text =
      'On Tuesday Foreign Secretary Jack Straw spoke. In October Tory leader Michael Howard agreed. On Wednesday Lord Woolf ruled.';
    expect(
      roles(text, [
        ['Jack Straw', 'PER'],
        ['Michael Howard', 'PER'],
        ['Woolf', 'PER'],
      ]),
    ).toMatchObject({
      'Jack Straw': ['Foreign Secretary'],
      'Michael Howard': ['Tory leader'],
      Woolf: ['Lord'],
    });
  });
});
