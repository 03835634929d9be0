import { describe, expect, it } from 'vitest';
import { indexOf, popcount, rowOf } from '../../../functions/domain/lookup/sparse-index';

describe('bucket ranks (bucket to row without a hash table)', () => {
  it('counts set bits', () => {
    expect([0, 1, 0b1011, 0x80000000, 0xffffffff | 0, 0x7fffffff].map(popcount)).toEqual([
      0, 1, 3, 1, 32, 31,
    ]);
  });

  it('gives each ascending bucket its index as row, and -1 to the others', () => {
    const buckets = Int32Array.of(0, 3, 31, 32, 63, 64, 200, 255);
    const index = indexOf(buckets, 8);
    for (let b = 0; b < 256; b++) expect(rowOf(index, b)).toBe(buckets.indexOf(b));
  });

  it('refuses buckets out of order', () => {
    expect(() => indexOf(Int32Array.of(5, 5), 8)).toThrow(/ascending/);
  });
});
