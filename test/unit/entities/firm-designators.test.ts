import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const idsAndTypes = (text: string, spans: Parameters<typeof entitiesOf>[1]) =>
  entitiesOf(text, spans).map((e) => [e.id, e.type]);

describe('a name typed a person that ends on a firm designator', () => {
  it('is an organisation, its short name with it', () => {
    const text = 'Now, according to Asahi Breweries, sales will grow. Asahi is predicting profits.';
    expect(
      idsAndTypes(text, [
        ['Asahi Breweries', 'PER'],
        ['Asahi', 'PER'],
      ]),
    ).toEqual([['org.asahi-breweries', 'ORG']]);
  });

  it('is so with a given name in it ("Michael Foods")', () => {
    expect(idsAndTypes('Egg maker Michael Foods rose.', [['Michael Foods', 'PER']])).toEqual([
      ['org.michael-foods', 'ORG'],
    ]);
  });

  it('stays a person for a word that ends names ("Helen Steel") or after an honorific', () => {
    const text = 'Helen Steel spoke. Ms Jo Holdings said no.';
    expect(
      idsAndTypes(text, [
        ['Helen Steel', 'PER'],
        ['Jo Holdings', 'PER'],
      ]),
    ).toEqual([
      ['person.helen-steel', 'PERSON'],
      ['person.jo-holdings', 'PERSON'],
    ]);
  });

  it('takes an athletics club\'s "Harriers" as a designator ("Birchfield Harriers")', () => {
    const text = 'N Morgan (Birchfield Harriers) ran. J Johnson (Herne Hill Harriers) won.';
    expect(
      idsAndTypes(text, [
        ['Birchfield Harriers', 'PER'],
        ['Herne Hill Harriers', 'PER'],
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['org.birchfield-harriers', 'ORG'],
        ['org.herne-hill-harriers', 'ORG'],
      ]),
    );
  });

  it('is so for a US legal form ("Acme Co.", "Acme Corp.")', () => {
    expect(
      idsAndTypes('Firms such as Walden Co. and Brandt Corp. cut jobs.', [
        ['Walden Co.', 'PER'],
        ['Brandt Corp.', 'PER'],
      ]),
    ).toEqual([
      ['org.walden-co', 'ORG'],
      ['org.brandt-corp', 'ORG'],
    ]);
  });
});
