import { describe, expect, it } from 'vitest';
import { chooseBlend } from '../../scripts/train/checkworthy/blend';

describe('chooseBlend', () => {
  const labels = [1, 1, 0, 0];
  // The main model ranks one negative above a positive; the member ranks them right.
  const main = [0.9, 0.4, 0.6, 0.1];
  const member = [0.8, 0.7, 0.2, 0.1];

  it('gives a member the share that mends the ranking, and a threshold between the classes', () => {
    const blend = chooseBlend(labels, main, [{ name: 'net', scores: member, shares: [0, 0.5] }]);
    expect(blend.shares).toEqual([0.5]);
    expect(blend.f1).toBe(1);
    expect(blend.threshold).toBeGreaterThan(0.4);
    expect(blend.threshold).toBeLessThan(0.55);
  });

  it('never leaves the main model without a share, and keeps the first of equals', () => {
    const blend = chooseBlend(labels, main, [
      { name: 'a', scores: member, shares: [0, 0.5, 0.6] },
      { name: 'b', scores: member, shares: [0, 0.5] },
    ]);
    expect(blend.shares).toEqual([0, 0.5]);
    expect(chooseBlend(labels, member, []).shares).toEqual([]);
  });
});
