import { describe, expect, it } from 'vitest';
import { lexiconRow } from '../../functions/domain/checkworthiness/lexicon';
import { clusterLexicon, foldAffinity, meanVectors } from '../../scripts/train/checkworthy/lexicon';
import { learnWordVectors } from '../../scripts/train/checkworthy/word-vectors';

const economy = ['taxes', 'wages', 'jobs', 'deficit', 'budget'];
const war = ['troops', 'missiles', 'army', 'soldiers', 'navy'];

/** Two topics that never meet in one sentence: words of a topic share their contexts. */
function corpus(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 300; i++) {
    const topic = i % 2 ? economy : war;
    const glue = i % 2 ? ['the', 'economy', 'and'] : ['the', 'front', 'with'];
    out.push([
      topic[i % 5] as string,
      ...glue,
      topic[(i * 3 + 1) % 5] as string,
      topic[(i * 7 + 2) % 5] as string,
    ]);
  }
  return out;
}

const opts = {
  minCount: 2,
  maxVocab: 100,
  contexts: 50,
  window: 2,
  alpha: 0.75,
  dims: 4,
  iterations: 3,
  seed: 7,
};

function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += (a[j] as number) * (b[j] as number);
  return s;
}

describe('PPMI-SVD word vectors and clusters', () => {
  const wv = learnWordVectors(corpus(), opts);
  const vec = (w: string) => {
    const i = wv.words.indexOf(w);
    return wv.vectors.subarray(i * wv.dims, (i + 1) * wv.dims);
  };

  it('places words of one topic closer than words of two', () => {
    expect(cosine(vec('taxes'), vec('wages'))).toBeGreaterThan(cosine(vec('taxes'), vec('troops')) + 0.3);
    expect(cosine(vec('army'), vec('navy'))).toBeGreaterThan(cosine(vec('army'), vec('budget')) + 0.3);
  });

  it('is reproducible', () => {
    expect(learnWordVectors(corpus(), opts).vectors).toEqual(wv.vectors);
  });

  it('clusters topics apart and folds mean-vector weights into word affinities', () => {
    const lexicon = clusterLexicon(wv, [2], 10);
    const cluster = (w: string) => lexicon.clusters[0]?.[lexiconRow(lexicon, w) as number];
    expect(cluster('taxes')).toBe(cluster('deficit'));
    expect(cluster('troops')).toBe(cluster('navy'));
    expect(cluster('taxes')).not.toBe(cluster('navy'));
    const weights = Float32Array.from({ length: wv.dims }, (_, j) => j - 1.5);
    const folded = foldAffinity(lexicon, wv, weights);
    const sentence = 'Taxes, wages and unknown troops';
    const [mean] = meanVectors([sentence], lexicon, wv);
    const known = ['taxes', 'wages', 'and', 'troops'].filter((w) => lexiconRow(lexicon, w) !== undefined);
    const affinity =
      known.reduce((s, w) => s + (folded.affinity[lexiconRow(lexicon, w) as number] as number), 0) /
      known.length;
    expect(affinity).toBeCloseTo(cosine(mean as Float32Array, weights), 5);
  });
});
