import { describe, expect, it } from 'vitest';
import {
  indexOf,
  popcount,
  readIds,
  readIndex,
  rowOf,
  writeIds,
} from '../../../functions/domain/lookup/sparse-index';

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

describe('an index read from its stored ids', () => {
  it('is the index of the ids, and ends where they end', () => {
    const ids = Int32Array.of(0, 1, 31, 32, 300, 4095, 70_000, 2 ** 17 - 1);
    const bytes = Buffer.concat([Buffer.of(9, 9), writeIds(ids), Buffer.of(7)]);
    const { index, next } = readIndex(bytes, 2, ids.length, 17);
    expect(index.slots).toEqual(indexOf(ids, 17).slots);
    expect(next).toBe(bytes.length - 1);
    expect(readIds(bytes, 2, ids.length).next).toBe(next);
  });

  it('refuses ids out of order or out of range', () => {
    expect(() => readIndex(writeIds([5, 5]), 0, 2, 8)).toThrow(/ascending/);
    expect(() => readIndex(writeIds([5, 256]), 0, 2, 8)).toThrow(/range/);
  });
});
