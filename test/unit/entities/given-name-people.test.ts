import { describe, expect, it, vi } from 'vitest';
import { defaultAliasTable } from '../../../functions/domain/entities/alias-table';
import { retypeGivenNamePeople } from '../../../functions/domain/entities/given-name-people';
import { entityAt, typesOf } from './helpers';

describe('a given name and a surname typed as no person', () => {
  it('is a person after a role word or "directed by"', () => {
    expect(typesOf('The award went to writer-director Sofia Coppola.', [['Sofia Coppola', 'ORG']])).toEqual({
      'Sofia Coppola': 'PERSON',
    });
    expect(typesOf('A comedy directed by Sofia Coppola won.', [['Sofia Coppola', 'ORG']])).toEqual({
      'Sofia Coppola': 'PERSON',
    });
  });

  it('is a person with a middle initial too', () => {
    expect(
      typesOf('The novel was written by fantasy author Jane Q. Hollis.', [['Jane Q. Hollis', 'ORG']]),
    ).toEqual({
      'Jane Q. Hollis': 'PERSON',
    });
  });

  it("is a person before a player's sets or the film they are known for", () => {
    expect(typesOf('Williams beat Elena Bovina 1-6 6-1 6-4 on Monday.', [['Elena Bovina', 'ORG']])).toEqual({
      'Elena Bovina': 'PERSON',
    });
    expect(
      typesOf('It was the soundtrack to the Whitney Houston film The Bodyguard.', [
        ['Whitney Houston', 'LOC'],
      ]),
    ).toEqual({ 'Whitney Houston': 'PERSON', 'The Bodyguard': 'MISC' });
  });

  it("is a person before a score's sets with no listed given name, as web pages write them", () => {
    expect(
      typesOf('Ruud Tavernier defeated Zoltan Mirkovo 7-6 (5), 6-3 to go through.', [
        ['Zoltan Mirkovo', 'ORG'],
      ]),
    ).toEqual({ 'Zoltan Mirkovo': 'PERSON' });
    expect(typesOf('She then beat Quilla Brannoch 7-5, 6-2.', [['Quilla Brannoch', 'ORG']])).toEqual({
      'Quilla Brannoch': 'PERSON',
    });
    // one set is a match's score, not a player's sets
    expect(typesOf('They lost to Kestrel Rovers 2-1 on Saturday.', [['Kestrel Rovers', 'ORG']])).toEqual({
      'Kestrel Rovers': 'ORG',
    });
  });

  it('stays a firm or a place with no such words, or when the gazetteer knows it', () => {
    expect(
      typesOf('Accountancy firm Grant Thornton said the club was sound.', [['Grant Thornton', 'ORG']]),
    ).toEqual({ 'Grant Thornton': 'ORG' });
    expect(typesOf('The church on George Street is derelict.', [['George Street', 'LOC']])).toEqual({
      'George Street': 'LOC',
    });
    expect(typesOf('The deal was led by analyst Morgan Stanley.', [['Morgan Stanley', 'ORG']])).toEqual({
      'Morgan Stanley': 'ORG',
    });
  });
});

describe('two name words with no score after them', () => {
  it('are not looked up in the alias table', () => {
    const text = 'Shares in Acme Widgets rose on Monday.';
    const entities = [entityAt(text, 'org.acme-widgets', 'ORG', [['Acme Widgets', 0]])];
    const lookup = vi.spyOn(defaultAliasTable, 'lookup');
    expect(retypeGivenNamePeople(text, entities, defaultAliasTable)).toBe(entities);
    expect(lookup).not.toHaveBeenCalled();
    lookup.mockRestore();
  });
});
