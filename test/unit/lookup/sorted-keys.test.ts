import { describe, expect, it } from 'vitest';
import { SortedKeyRows } from '../../../functions/domain/lookup/sorted-keys';

describe('sorted key rows (a Map of ascending keys, read in place)', () => {
  const keys = Uint32Array.of(0, 3, 17, 2 ** 31, 2 ** 32 - 1);
  const rows = new SortedKeyRows(keys);

  it('gives each key its rank as row, like the Map of them', () => {
    const map = new Map([...keys].map((k, i) => [k, i]));
    for (const k of [...keys, 1, 2, 4, 2 ** 31 - 1, 2 ** 31 + 1, 2 ** 32 - 2])
      expect(rows.get(k)).toBe(map.get(k));
    expect(rows.size).toBe(map.size);
    expect([...rows.entries()]).toEqual([...map.entries()]);
  });

  it('knows nothing when empty', () => {
    expect(new SortedKeyRows(new Uint32Array(0)).get(0)).toBeUndefined();
  });
});
