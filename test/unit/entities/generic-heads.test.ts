import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

// "United" inside "Manchester United" is not tagged again, as a tagger would not
const ids = (text: string, spans: [string, TaggerType][]) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans)).map((e) => [
    e.id,
    e.mentions.map((m) => m.text),
    e.aliases,
  ]);

describe('a body named by a generic head after its full name', () => {
  it('joins the one entity whose name ends with the head or opens with "<head> of", as no alias', () => {
    const text =
      'Manchester United lost. United said the manager stays. The Bank of England met. The Bank said rates hold.';
    expect(
      ids(text, [
        ['Manchester United', 'ORG'],
        ['United', 'ORG'],
        ['Bank of England', 'ORG'],
        ['Bank', 'ORG'],
      ]),
    ).toEqual([
      ['org.manchester-united', ['Manchester United', 'United'], []],
      ['org.bank-of-england', ['Bank of England', 'Bank'], []],
    ]);
  });

  it('joins "the Dome" to the one dome the article names in full', () => {
    const text = 'The Millennium Dome was sold. Ministers said the Dome cost too much.';
    expect(
      ids(text, [
        ['Millennium Dome', 'LOC'],
        ['Dome', 'MISC'],
      ]),
    ).toEqual([['gpe.millennium-dome', ['Millennium Dome', 'Dome'], []]]);
  });

  it('joins neither of two full names, nor a head a capitalised word opens, nor a newspaper word', () => {
    const two = 'Leeds United beat Manchester United. United said it was a fair result.';
    expect(
      ids(two, [
        ['Leeds United', 'ORG'],
        ['Manchester United', 'ORG'],
        ['United', 'ORG'],
      ]).map(([id]) => id),
    ).toContain('org.united');
    const fans = 'Manchester United rejected the bid. Supporters group Shareholders United said it was glad.';
    expect(
      ids(fans, [
        ['Manchester United', 'ORG'],
        ['United', 'ORG'],
      ]).map(([id]) => id),
    ).toContain('org.united');
    const papers = 'The Sunday Times ran the story. The Times did not.';
    expect(
      ids(papers, [
        ['Sunday Times', 'ORG'],
        ['Times', 'ORG'],
      ]).map(([id]) => id),
    ).toHaveLength(2);
  });
});

describe('a bare head after a determiner opening its sentence', () => {
  it('joins "No Bill goes" and "This Court" as "the Bill" does, not a head after a name', () => {
    const text =
      'MPs backed the Road Safety Bill. "No Bill goes through unchanged," he said. Critics hit the Bill. The Appeal Court sat. This Court is final.';
    expect(
      ids(text, [
        ['Road Safety Bill', 'MISC'],
        ['Bill', 'MISC'],
        ['Appeal Court', 'ORG'],
        ['Court', 'ORG'],
      ]).map(([id, mentions]) => [id, mentions]),
    ).toEqual([
      ['misc.road-safety-bill', ['Road Safety Bill', 'Bill', 'Bill']],
      ['org.appeal-court', ['Appeal Court', 'Court']],
    ]);
  });
});
