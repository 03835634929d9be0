import { describe, expect, it } from 'vitest';
import { relativeAntecedent } from '../../../functions/domain/claims/antecedent';
import { annotate } from '../../../functions/domain/extract/annotate';
import { spanOf } from './article-fixture';

const antecedent = (text: string, source: string) =>
  relativeAntecedent(text, annotate(text).sentences, spanOf(text, source))?.text ?? null;

describe('relativeAntecedent', () => {
  it('takes the noun phrase before a relative pronoun source', () => {
    expect(antecedent('The rule was backed by city officials, who said it works.', 'who')).toBe(
      'city officials',
    );
  });

  it('takes it for a subject relative clause the tagger took for the source', () => {
    const text = 'But Coldwater Bank, which has a fifth of the market, said demand was strong.';
    expect(antecedent(text, 'which has a fifth of the market')).toBe('Coldwater Bank');
  });

  it('reads past a dash or bracket before the pronoun', () => {
    expect(antecedent('Coldwater Bank - which has a fifth of the market - said so.', 'which')).toBe(
      'Coldwater Bank',
    );
  });

  it('leaves "which critics" alone: the critics are the source', () => {
    expect(antecedent('The plan, which critics say is too costly, was passed.', 'which critics')).toBeNull();
  });
});
