import { describe, expect, it } from 'vitest';
import { TypeCounts } from '../../functions/domain/ner/type-counts';

describe('per-document type counts', () => {
  it('starts each document from zero without clearing the whole table', () => {
    const counts = new TypeCounts(3);
    counts.reset(10);
    const at = counts.slot(4);
    counts.data[at + 1] = 5;
    expect(counts.find(4)).toBe(at);
    expect(counts.find(5)).toBe(-1);

    counts.reset(10);
    expect(counts.find(4)).toBe(-1);
    const again = counts.slot(4);
    expect(Array.from(counts.data.subarray(again, again + 3))).toEqual([0, 0, 0]);
  });

  it('grows for more ids, keeping slots apart', () => {
    const counts = new TypeCounts(2);
    counts.reset(2);
    counts.reset(100);
    const a = counts.slot(99);
    const b = counts.slot(0);
    counts.data[a] = 7;
    expect(counts.data[b]).toBe(0);
    expect(a).toBe(99 * 2);
  });
});
