import { describe, expect, it } from 'vitest';
import { casing, isCapsSentence } from '../../functions/domain/ner/casing';
import { FeatureExtractor } from '../../functions/domain/ner/features';

describe('sentence casing', () => {
  const fx = new FeatureExtractor({ hashBits: 16, clusters: null, gazetteer: null });

  it('classifies sentence casing', () => {
    const c = (s: string) => casing(s.split(' ').map((t) => fx.info(t)));
    expect(c('SOCCER - JAPAN GET LUCKY WIN')).toBe(1);
    expect(c('pentagon says troops will stay in syria')).toBe(2);
    expect(c('Pentagon Says Troops Will Stay in Syria')).toBe(3);
    expect(c('Angela Merkel met Emmanuel Macron in Berlin to discuss the budget')).toBe(0);
  });

  it('recognises headline (all-caps) sentences', () => {
    expect(isCapsSentence(['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN'].map((t) => fx.info(t)))).toBe(true);
    expect(isCapsSentence(['EU', 'rejects', 'German', 'call'].map((t) => fx.info(t)))).toBe(false);
  });
});
