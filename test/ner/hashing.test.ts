import { describe, expect, it } from 'vitest';
import { affixHashes, hashRange, hashString, mix } from '../../functions/domain/ner/hashing';

describe('hashing', () => {
  it('is deterministic and spreads values', () => {
    expect(hashString('Baghdad')).toBe(hashString('Baghdad'));
    expect(hashString('Baghdad')).not.toBe(hashString('baghdad'));
    expect(mix(3, 5)).toBe(mix(3, 5));
    expect(mix(3, 5)).not.toBe(mix(5, 3));
  });
});

describe('affix hashes', () => {
  /** The hashes as code-point substrings define them. */
  function expected(key: string): Int32Array {
    const chars = [...key];
    const out = new Int32Array(8);
    for (let l = 1; l <= 4; l++) {
      if (chars.length > l) {
        out[l - 1] = hashString(chars.slice(0, l).join(''));
        out[3 + l] = hashString(chars.slice(-l).join(''));
      }
    }
    return out;
  }

  it('hashes a range like the substring', () => {
    expect(hashRange('berlin', 1, 4)).toBe(hashString('erl'));
    expect(hashRange('berlin', 2, 2)).toBe(hashString(''));
  });

  it('hashes prefixes and suffixes by code point, also for astral characters', () => {
    for (const key of ['', 'a', 'ab', 'abcde', 'münchen', 'x😀yz', '😀😀😀😀😀', 'a\ud800b']) {
      const got = new Int32Array(8);
      affixHashes(key, got);
      expect(got).toEqual(expected(key));
    }
  });
});
