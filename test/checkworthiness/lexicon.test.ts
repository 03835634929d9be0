import { describe, expect, it } from 'vitest';
import {
  CHECKWORTHY_FORMAT,
  decodeModel,
  encodeModel,
} from '../../functions/domain/checkworthiness/artifact';
import { FeatureVector } from '../../functions/domain/checkworthiness/feature-vector';
import { DEFAULT_FEATURES, extractFeatures } from '../../functions/domain/checkworthiness/features';
import { createLexicon, lexiconRow, wordKey } from '../../functions/domain/checkworthiness/lexicon';
import { LinearCheckworthinessScorer } from '../../functions/domain/checkworthiness/scorer';

const features = { ...DEFAULT_FEATURES, bits: 12 };
const words = ['taxes', 'jobs', 'naïve', '<percent>'];
const lexicon = createLexicon(
  words.map(wordKey),
  [2, 3],
  [Uint16Array.from([0, 0, 1, 1]), Uint16Array.from([0, 1, 2, 2])],
  Float32Array.from([1.27, -0.5, 0, 0.25]),
);
const header = { format: CHECKWORTHY_FORMAT, features, bias: 0.1, platt: { a: 1, b: 0 }, threshold: 0.5 };

function indices(sentence: string): Set<number> {
  const x = extractFeatures(sentence, features, new FeatureVector(), lexicon);
  return new Set(x.idx.subarray(0, x.length));
}

describe('word lexicon', () => {
  it('round-trips word keys, clusters and int8 affinities through the model file', () => {
    const model = decodeModel(encodeModel(header, new Float64Array(1 << features.bits), lexicon));
    const back = model.lexicon;
    if (!back) throw new Error('no lexicon decoded');
    expect(model.header.lexicon?.words).toBe(4);
    expect(back.levels).toEqual([2, 3]);
    const entry = (w: string) => {
      const row = lexiconRow(back, w) as number;
      return [back.clusters[0]?.[row], back.clusters[1]?.[row], back.affinity[row]];
    };
    expect(entry('taxes')).toEqual([0, 0, expect.closeTo(1.27, 5)]);
    expect(entry('jobs')).toEqual([0, 1, expect.closeTo(-0.5, 2)]);
    expect(entry('naïve')).toEqual([1, 2, 0]);
    expect(entry('<percent>')).toEqual([1, 2, expect.closeTo(0.25, 2)]);
    expect(lexiconRow(back, 'unknown')).toBeUndefined();
  });

  it('adds the mean affinity of known words to the decision value', () => {
    const scorer = new LinearCheckworthinessScorer(
      decodeModel(encodeModel(header, new Float64Array(1 << features.bits), lexicon)),
    );
    // Weights are zero: decision = bias + mean affinity of "taxes", "jobs" (unknown words do not count).
    expect(scorer.decision('Taxes and jobs.')).toBeCloseTo(0.1 + (1.27 - 0.5) / 2, 2);
    expect(scorer.decision('Nothing known here.')).toBeCloseTo(0.1, 6);
    // Longer than the reused row buffer: it grows, and the mean stays a mean.
    expect(scorer.decision(`${'taxes jobs '.repeat(300)}unknown`)).toBeCloseTo(0.1 + (1.27 - 0.5) / 2, 2);
  });

  it('shares cluster features between words of one cluster', () => {
    const shared = [...indices('taxes')].filter((i) => indices('jobs').has(i));
    const without = extractFeatures('taxes', features, new FeatureVector());
    // "taxes" and "jobs" share the coarse cluster (its unigram and boundary bigrams), nothing of the word n-grams.
    expect(shared.length).toBeGreaterThanOrEqual(3);
    expect(without.affinity).toBe(0);
  });
});
