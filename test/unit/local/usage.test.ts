import { describe, expect, it } from 'vitest';
import { gsiEntry, itemSize } from '../../../local/usage';

describe('itemSize', () => {
  it('counts attribute names and values as DynamoDB prices them', () => {
    // "pk" (2) + "ART#a" (5), "n" (1) + 12345 (3 digits-pairs rounded up + 1 = 4), "ok" (2) + true (1)
    expect(itemSize({ pk: 'ART#a', n: 12345, ok: true })).toBe(2 + 5 + 1 + 4 + 2 + 1);
  });

  it('leaves undefined attributes out and counts binary by length', () => {
    expect(itemSize({ a: undefined, b: new Uint8Array(10) })).toBe(1 + 10);
  });
});

describe('gsiEntry', () => {
  const item = {
    pk: 'ART#a',
    sk: 'ART',
    title: 'T',
    entityIds: ['x'.repeat(2000)],
    gsi2pk: 'SOURCE#s',
    gsi2sk: '2026#a',
    gsi3pk: 'ARTICLES',
    gsi3sk: '2026#a',
  };

  it('keeps the table keys, its own keys and the projected attributes only', () => {
    expect(gsiEntry(item, 'gsi2')).toEqual({
      pk: 'ART#a',
      sk: 'ART',
      title: 'T',
      gsi2pk: 'SOURCE#s',
      gsi2sk: '2026#a',
    });
  });

  it('is far smaller than a large item, so its write costs one unit', () => {
    expect(itemSize(item)).toBeGreaterThan(1024);
    expect(itemSize(gsiEntry(item, 'gsi3'))).toBeLessThan(1024);
  });
});
