import { describe, expect, it } from 'vitest';
import { averagePrecision, bestThreshold, f1Score } from '../../scripts/train/checkworthy/metrics';
import { foldOf, hashId, splitHeldout } from '../../scripts/train/checkworthy/split';

describe('metrics', () => {
  it('computes positive-class F1', () => {
    expect(f1Score([1, 1, 0, 0], [1, 0, 1, 0])).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(f1Score([0, 0], [0, 0]).f1).toBe(0);
  });

  it('computes average precision of the ranking', () => {
    expect(averagePrecision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1])).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(averagePrecision([1, 1, 0], [0.9, 0.8, 0.1])).toBe(1);
    // A tie between a positive and a negative counts as one step.
    expect(averagePrecision([1, 0], [0.5, 0.5])).toBe(0.5);
  });

  it('picks the threshold that maximizes F1', () => {
    const { threshold, f1 } = bestThreshold([1, 1, 0, 0], [0.9, 0.6, 0.4, 0.1]);
    expect(f1).toBe(1);
    expect(threshold).toBeCloseTo(0.5, 10);
  });
});

describe('held-out split', () => {
  const rows = Array.from({ length: 500 }, (_, i) => ({
    sentence_id: i * 7 + 3,
    label: (i % 4 === 0 ? 1 : 0) as 0 | 1,
    text: `sentence ${i}`,
  }));

  it('holds out a stratified fifth, derived from seed and id alone', () => {
    const { train, heldout } = splitHeldout(rows);
    expect(heldout.length).toBe(100);
    expect(train.length + heldout.length).toBe(500);
    expect(heldout.filter((r) => r.label === 1).length).toBe(25);
    const shuffled = [...rows].reverse();
    const again = splitHeldout(shuffled).heldout.map((r) => r.sentence_id);
    expect(new Set(again)).toEqual(new Set(heldout.map((r) => r.sentence_id)));
  });

  it('changes with the seed, and folds cover every fold', () => {
    const a = splitHeldout(rows, 1).heldout.map((r) => r.sentence_id);
    const b = splitHeldout(rows, 2).heldout.map((r) => r.sentence_id);
    expect(a).not.toEqual(b);
    expect(new Set(rows.map((r) => foldOf(r.sentence_id, 5)))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(hashId(1, 'x')).toBe(hashId(1, 'x'));
  });
});
