import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

describe('an acronym spelt out in lower case', () => {
  const ids = (text: string, tagged: Parameters<typeof entitiesOf>[1]) =>
    entitiesOf(text, tagged).map((e) => e.id);

  it('is a term, not a body', () => {
    const text =
      'In June the producer price index (PPI) rose 0.3%, the Labor Department said. The PPI had fallen in May.';
    expect(
      ids(text, [
        ['PPI', 'ORG'],
        ['Labor Department', 'ORG'],
      ]),
    ).toEqual(['misc.ppi', 'org.labor-department']);
  });

  it('in the plural too', () => {
    const text = 'Most firms publish corporate social responsibility (CSR) reports; few check their CSRs.';
    expect(ids(text, [['CSR', 'ORG']])).toEqual(['misc.csr']);
  });

  it('not a body whose name is written in capitals, nor one the lower-case words do not spell', () => {
    const text =
      'The Pensions Policy Institute (PPI) said so. Holders of the shares called an extraordinary general meeting (EGMA).';
    expect(
      ids(text, [
        ['PPI', 'ORG'],
        ['EGMA', 'ORG'],
        ['Pensions Policy Institute', 'ORG'],
      ]),
    ).toEqual(['org.pensions-policy-institute', 'org.egma']);
  });
});

describe('an acronym spelt out with a capital only as the sentence opens', () => {
  it('is a term, with its long form', () => {
    const text =
      'The economy grew.\n\nGross domestic product (GDP) rose by 0.8%, the office said. Net trade balance (NTB) figures follow.';
    expect(
      entitiesOf(text, [
        ['Gross domestic product', 'ORG'],
        ['GDP', 'ORG'],
        ['NTB', 'ORG'],
      ]).map((e) => [e.id, e.type]),
    ).toEqual([
      ['misc.gross-domestic-product', 'MISC'],
      ['misc.net-trade-balance', 'MISC'],
    ]);
  });

  it('not a name with a capital inside a sentence', () => {
    const text = 'Shares in Gross domestic product (GDP) fell.';
    expect(entitiesOf(text, [['GDP', 'ORG']]).map((e) => e.type)).toEqual(['ORG']);
  });
});
