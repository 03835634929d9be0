import { describe, expect, it } from 'vitest';
import {
  CHECKWORTHY_FORMAT,
  type ConvNetInput,
  decodeModel,
  encodeModel,
} from '../../functions/domain/checkworthiness/artifact';
import { type ConvNet, ConvScorer, kernelCount } from '../../functions/domain/checkworthiness/convnet';
import { DEFAULT_FEATURES } from '../../functions/domain/checkworthiness/features';
import { createLexicon, wordKey } from '../../functions/domain/checkworthiness/lexicon';
import { LinearCheckworthinessScorer } from '../../functions/domain/checkworthiness/scorer';
import { convDecisions, fitConvNet, sentenceRows } from '../../scripts/train/checkworthy/convnet';
import { DEFAULT_CONVNET } from '../../scripts/train/checkworthy/train';

/** Two-dimensional words, one filter per width 1 and 2: small enough to check by hand. */
function tinyNet(): ConvNet {
  return {
    header: { dims: 2, filters: 1, widths: 2, bias: -1, vectorScale: 1, platt: { a: 1, b: 0 }, weight: 0.5 },
    // Rows 0, 1, 2.
    vectors: Float32Array.from([1, 0, 0, 1, 2, 2]),
    // Width 1 (one kernel), then width 2 (offsets 0 and 1); each dims × filters.
    kernels: Float32Array.from([1, -1, 1, 0, 0, 1]),
    biases: Float32Array.from([0, -0.5]),
    output: Float32Array.from([2, 3]),
  };
}

describe('ConvScorer', () => {
  it('convolves, keeps the best position of each filter and adds the output layer', () => {
    const scorer = new ConvScorer(tinyNet());
    // Width 1: rows 0, 1 give 1, -1 → max 1. Width 2 at (0, 1): -0.5 + 1 + 1 = 1.5.
    expect(scorer.decision(Int32Array.from([0, 1]), 2)).toBeCloseTo(-1 + 2 * 1 + 3 * 1.5, 6);
    // Unknown words are zero vectors; a sentence shorter than a filter pools 0 for it.
    expect(scorer.decision(Int32Array.from([-1]), 1)).toBeCloseTo(-1, 6);
    expect(scorer.decision(Int32Array.from([1]), 1)).toBeCloseTo(-1, 6);
    // Only the first `words` rows count, and words seen before score the same.
    expect(scorer.decision(Int32Array.from([0, 1, 2]), 2)).toBeCloseTo(-1 + 2 + 4.5, 6);
  });

  it('counts one kernel per width and offset', () => {
    expect(kernelCount(1)).toBe(1);
    expect(kernelCount(3)).toBe(6);
  });
});

/** Rows 0..3 lean positive, 4..7 negative; the net must find that through a 4-d projection of 6-d vectors. */
function synthetic(): {
  sentences: Int32Array[];
  labels: number[];
  source: { dims: number; vectors: Float32Array };
} {
  const vectors = new Float32Array(8 * 6);
  for (let r = 0; r < 8; r++) {
    vectors[r * 6 + (r % 3)] = 0.6;
    vectors[r * 6 + 5] = r < 4 ? 0.8 : -0.8;
  }
  const sentences: Int32Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 80; i++) {
    const positive = i % 2 === 0;
    const at = positive ? 0 : 4;
    sentences.push(Int32Array.from([at + (i % 4), -1, at + ((i >> 2) % 4), at + ((i + 1) % 4)]));
    labels.push(positive ? 1 : 0);
  }
  return { sentences, labels, source: { dims: 6, vectors } };
}

const smallOptions = {
  ...DEFAULT_CONVNET,
  dims: 4,
  filters: 4,
  widths: 2,
  epochs: 15,
  batch: 8,
  learningRate: 0.02,
};

describe('fitConvNet', () => {
  it('separates a synthetic set, reproducibly', () => {
    const { sentences, labels, source } = synthetic();
    const net = fitConvNet(sentences, labels, source, smallOptions);
    const z = convDecisions(net, sentences);
    const positives = labels.flatMap((l, i) => (l ? [z[i] as number] : []));
    const negatives = labels.flatMap((l, i) => (l ? [] : [z[i] as number]));
    expect(Math.min(...positives)).toBeGreaterThan(Math.max(...negatives));
    expect(net.vectors.length).toBe(8 * 4);
    const again = fitConvNet(sentences, labels, source, smallOptions);
    expect(Array.from(again.kernels)).toEqual(Array.from(net.kernels));
    expect(Array.from(again.vectors)).toEqual(Array.from(net.vectors));
  });
});

describe('a model file with a convolutional net', () => {
  it('stores the vectors in the lexicon order and averages the net in', () => {
    const words = ['taxes', 'rose', 'percent', 'hope', 'maybe'];
    // Rows in a different order from the keys' order, as after training.
    const lexicon = createLexicon(Uint32Array.from(words, wordKey), [2], [Uint16Array.from([0, 0, 1, 1, 1])]);
    const features = { ...DEFAULT_FEATURES, bits: 10 };
    const vectors = Float32Array.from(words.flatMap((_, r) => [r / 4, 1 - r / 4]));
    const trained = tinyNet();
    const convnet: ConvNetInput = {
      ...trained,
      vectors,
      header: { dims: 2, filters: 1, widths: 2, bias: -1, platt: { a: 1.5, b: 0.1 }, weight: 0.4 },
    };
    const header = { format: CHECKWORTHY_FORMAT, features, bias: 0.3, platt: { a: 1, b: 0 }, threshold: 0.5 };
    const model = decodeModel(encodeModel(header, new Float64Array(1 << 10), lexicon, undefined, convnet));
    expect(model.header.convnet?.weight).toBe(0.4);
    const sentence = 'Taxes rose, maybe.';
    const [rows] = sentenceRows([sentence], features, lexicon);
    const reference = convDecisions({ ...convnet, header: { ...convnet.header } }, [
      rows as Int32Array,
    ])[0] as number;
    const scorer = new LinearCheckworthinessScorer(model);
    const main = 1 / (1 + Math.exp(-(scorer.decision(sentence) * 1)));
    const netScore = 1 / (1 + Math.exp(-(1.5 * reference + 0.1)));
    // Int8 vectors: close to the float net, not equal.
    expect(scorer.score(sentence)).toBeCloseTo(0.6 * main + 0.4 * netScore, 2);
    expect(scorer.score(sentence)).not.toBeCloseTo(main, 2);
  });

  it('cannot be written without a lexicon', () => {
    const { header: h, ...rest } = tinyNet();
    const convnet: ConvNetInput = { ...rest, header: { ...h } };
    const header = {
      format: CHECKWORTHY_FORMAT,
      features: { ...DEFAULT_FEATURES, bits: 10 },
      bias: 0,
      platt: { a: 1, b: 0 },
      threshold: 0.5,
    };
    expect(() => encodeModel(header, new Float64Array(1 << 10), undefined, undefined, convnet)).toThrow(
      /lexicon/,
    );
  });
});
