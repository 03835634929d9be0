import { describe, expect, it } from 'vitest';
import {
  CHECKWORTHY_FORMAT,
  decodeModel,
  encodeModel,
} from '../../functions/domain/checkworthiness/artifact';
import { companionDecision } from '../../functions/domain/checkworthiness/companion';
import {
  claimCues,
  companionFeatures,
  DEFAULT_FEATURES,
} from '../../functions/domain/checkworthiness/features';
import { LinearCheckworthinessScorer } from '../../functions/domain/checkworthiness/scorer';
import { companionRows, logCountRatios, scaleColumns } from '../../scripts/train/checkworthy/companion';

const features = { ...DEFAULT_FEATURES, bits: 10 };
const header = { format: CHECKWORTHY_FORMAT, features, bias: -0.5, platt: { a: 2, b: 0.25 }, threshold: 0.4 };

describe('claim cues', () => {
  it('counts pronouns, modals and hedges of an opinion', () => {
    const cues = claimCues('I think we should do better for you.');
    expect(cues).toEqual(expect.arrayContaining(['p1:2', 'p2:1', 'md:1', 'hd:1', 'cp:1', 'p1md']));
    expect(cues).not.toContain('impersonal');
  });

  it('marks an impersonal past-tense sentence with numbers', () => {
    const cues = claimCues('Unemployment increased to 8 percent in 2009 under the Smith administration.');
    expect(cues).toEqual(
      expect.arrayContaining(['ed:1', 'num:2', 'cap:1', 'impersonal', 'numed', 'p1:0', 'len:1']),
    );
  });
});

describe('companion features', () => {
  it('are distinct and ascending, and repeat-insensitive', () => {
    const once = Array.from(companionFeatures('Taxes went up.', 12));
    const sorted = [...once].sort((a, b) => a - b);
    expect(once).toEqual(sorted);
    expect(new Set(once).size).toBe(once.length);
    expect(once.every((b) => b >= 0 && b < 1 << 12)).toBe(true);
    // Repeating a word adds a bigram but never counts a unigram twice.
    const weights = new Float32Array(1 << 12).fill(1);
    const n = companionFeatures('taxes taxes taxes', 12).length;
    expect(companionDecision(12, weights, 0)).toBe(n);
    expect(n).toBeLessThan(3 + 4 + 15); // 3 unigrams + 4 bigrams + 15 cues, repeats dropped
  });

  it('count each bucket once in a sentence longer than the dedup table', () => {
    const words = Array.from(
      { length: 700 },
      (_, i) => `w${i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? '')}`,
    );
    const sentence = `${words.join(' ')} ${words.join(' ')}`;
    const distinct = Array.from(companionFeatures(sentence, 16));
    expect(new Set(distinct).size).toBe(distinct.length);
    expect(distinct.length).toBeGreaterThan(1000);
    expect(companionDecision(16, new Float32Array(1 << 16).fill(1), 0)).toBe(distinct.length);
  });

  it('give the same buckets whatever the case and the number', () => {
    expect(Array.from(companionFeatures('Taxes rose 12 percent.', 12))).toEqual(
      Array.from(companionFeatures('Taxes rose 47 percent.', 12)),
    );
  });
});

describe('naive-Bayes log-count ratios', () => {
  it('are positive for features of positives, negative for those of negatives, zero for unseen', () => {
    const m = companionRows(['alpha beta', 'alpha gamma'], 10);
    const ratios = logCountRatios(m, [1, 0], 1 << 10, 1);
    const beta = Array.from(companionFeatures('beta', 10));
    const rows = Array.from(m.idx.subarray(0, m.rowPtr[1]));
    const gammaRows = Array.from(m.idx.subarray(m.rowPtr[1], m.rowPtr[2]));
    const onlyFirst = rows.filter((i) => !gammaRows.includes(i));
    const onlySecond = gammaRows.filter((i) => !rows.includes(i));
    expect(onlyFirst.every((i) => (ratios[i] as number) > 0)).toBe(true);
    expect(onlySecond.every((i) => (ratios[i] as number) < 0)).toBe(true);
    const unseen = ratios.findIndex((_, i) => !rows.includes(i) && !gammaRows.includes(i));
    expect(ratios[unseen]).toBe(0);
    expect(beta.length).toBeGreaterThan(0);
    const scaled = scaleColumns(m, ratios);
    expect(scaled.val[0]).toBeCloseTo(ratios[m.idx[0] as number] as number, 6);
  });
});

describe('a model with a companion', () => {
  it('round-trips the companion weights and averages the two calibrated scores', () => {
    const weights = new Float64Array(1 << 12);
    for (const i of companionFeatures('Taxes went up.', 12)) weights[i] = 0.5;
    const bytes = encodeModel(header, new Float64Array(1 << 10), undefined, {
      header: { bits: 12, bias: -1, platt: { a: 1, b: 0 }, weight: 0.25 },
      weights,
    });
    const model = decodeModel(bytes);
    expect(model.header.companion?.weight).toBe(0.25);
    const scorer = new LinearCheckworthinessScorer(model);
    const main = 1 / (1 + Math.exp(-(2 * -0.5 + 0.25)));
    const n = companionFeatures('Taxes went up.', 12).length;
    const second = 1 / (1 + Math.exp(-(-1 + 0.5 * n)));
    expect(scorer.score('Taxes went up.')).toBeCloseTo(0.75 * main + 0.25 * second, 2);
    // Another sentence gets the weights of the buckets (cues, mostly) it shares.
    const taxes = new Set(companionFeatures('Taxes went up.', 12));
    const shared = Array.from(companionFeatures('Nothing like it', 12)).filter((b) => taxes.has(b)).length;
    expect(shared).toBeGreaterThan(0);
    const other = 1 / (1 + Math.exp(-(-1 + 0.5 * shared)));
    expect(scorer.score('Nothing like it')).toBeCloseTo(0.75 * main + 0.25 * other, 2);
  });

  it('scores as before without a companion', () => {
    const scorer = new LinearCheckworthinessScorer(
      decodeModel(encodeModel(header, new Float64Array(1 << 10))),
    );
    expect(scorer.score('Taxes went up.')).toBeCloseTo(1 / (1 + Math.exp(-(2 * -0.5 + 0.25))), 6);
  });
});
