import { describe, expect, it } from 'vitest';
import { FeatureVector } from '../../functions/domain/checkworthiness/feature-vector';
import { DEFAULT_FEATURES, extractFeatures } from '../../functions/domain/checkworthiness/features';

// Character n-grams are off in the shipped model (DEFAULT_FEATURES.charScale 0) but a model may turn them on.
const withChars = { ...DEFAULT_FEATURES, charScale: 1 };

const ids = (x: FeatureVector) => Array.from(x.idx.subarray(0, x.length));

/** The buckets the character group adds to a sentence's features (sorted), and the values it gives them (in feature order). */
function charGroup(sentence: string): { buckets: number[]; values: number[] } {
  const off = extractFeatures(sentence, DEFAULT_FEATURES, new FeatureVector());
  const on = extractFeatures(sentence, withChars, new FeatureVector());
  const before = new Set(ids(off));
  const buckets: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < on.length; k++) {
    if (before.has(on.idx[k] as number)) continue;
    buckets.push(on.idx[k] as number);
    values.push(on.val[k] as number);
  }
  return { buckets: buckets.sort((a, b) => a - b), values };
}

describe('character n-gram features (off by default)', () => {
  it('add one feature per n-gram of 2 to 5 characters, as a group of unit norm', () => {
    const off = extractFeatures('Unemployment rose to 9 percent.', DEFAULT_FEATURES, new FeatureVector());
    const on = extractFeatures('Unemployment rose to 9 percent.', withChars, new FeatureVector());
    // " unemployment rose to 0 percent. " is 33 codes: 32 bigrams, 31 trigrams, 30 and 29 longer
    expect(on.length - off.length).toBe(32 + 31 + 30 + 29);
    const step = 1 / Math.sqrt(32 + 31 + 30 + 29);
    for (const v of charGroup('Unemployment rose to 9 percent.').values) expect(v).toBeCloseTo(step, 6);
  });

  it('read case, runs of white space and digits alike', () => {
    expect(charGroup('Taxes  rose 12%').buckets).toEqual(charGroup('Taxes rose 34%').buckets);
    expect(charGroup('TAXES ROSE').buckets).toEqual(charGroup('taxes rose').buckets);
  });

  it('differ for different letters', () => {
    expect(charGroup('taxes rose').buckets).not.toEqual(charGroup('taxes fell').buckets);
  });
});
