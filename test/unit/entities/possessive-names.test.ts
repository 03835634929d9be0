import { describe, expect, it, vi } from 'vitest';
import { defaultAliasTable } from '../../../functions/domain/entities/alias-table';
import { splitPossessiveNames } from '../../../functions/domain/entities/possessive-names';
import { entityAt, idsAndMentions as linked } from './helpers';

describe("a known body's or country's name and what it owns, over a possessive", () => {
  it('are two entities', () => {
    expect(
      linked("The UK's Department for International Development paid.", [
        ["UK's Department for International Development", 'ORG'],
      ]),
    ).toEqual([
      ['gpe.united-kingdom', ['UK']],
      ['org.department-for-international-development', ['Department for International Development']],
    ]);
    expect(
      linked("Macrovision said so. Macrovision's Entertainment Technologies Group agreed.", [
        ["Macrovision's Entertainment Technologies Group", 'ORG'],
        ['Macrovision', 'ORG'],
      ]),
    ).toEqual([
      ['org.macrovision', ['Macrovision', 'Macrovision']],
      ['org.entertainment-technologies-group', ['Entertainment Technologies Group']],
    ]);
  });

  it("stay one when the owner is unknown or a post's", () => {
    expect(linked("Lloyd's Bank paid.", [["Lloyd's Bank", 'ORG']])).toEqual([
      ['org.lloyds-bank', ["Lloyd's Bank"]],
    ]);
    const office = linked("The US Trade Representative spoke. The US Trade Representative's Office agreed.", [
      ["US Trade Representative's Office", 'ORG'],
      ['US Trade Representative', 'ORG'],
    ]);
    expect(office.map(([, m]) => m)).toContainEqual(["US Trade Representative's Office"]);
  });
});

describe('a known firm and its product the alias table has, run together', () => {
  it('are two entities', () => {
    expect(
      linked('Fans queued for the Sony PSP. The company said it sold out.', [['Sony PSP', 'ORG']]),
    ).toEqual([
      ['org.sony', ['Sony']],
      ['misc.playstation-portable', ['PSP']],
    ]);
  });

  it('stay one when the first word is no known firm or the rest no product', () => {
    expect(linked('Freddie Mac paid.', [['Freddie Mac', 'ORG']])).toEqual([
      ['org.freddie-mac', ['Freddie Mac']],
    ]);
    expect(linked('An Apple Mac sold.', [['Apple Mac', 'MISC']])).toEqual([
      ['misc.macintosh', ['Apple Mac']],
    ]);
    expect(linked('USA Today reported.', [['USA Today', 'ORG']])).toEqual([['org.usa-today', ['USA Today']]]);
    expect(linked('BBC America paid.', [['BBC America', 'ORG']])).toEqual([
      ['org.bbc-america', ['BBC America']],
    ]);
  });
});

describe("a firm's name of two words after no known product", () => {
  it('is not looked up whole in the alias table', () => {
    const text = 'Shares in Acme Widgets rose on Monday.';
    const entities = [entityAt(text, 'org.acme-widgets', 'ORG', [['Acme Widgets', 0]])];
    const lookup = vi.spyOn(defaultAliasTable, 'lookup');
    expect(splitPossessiveNames(entities, defaultAliasTable)).toEqual(entities);
    expect(lookup).not.toHaveBeenCalledWith('Acme Widgets');
    lookup.mockRestore();
  });
});
