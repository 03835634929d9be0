/** 32-bit hashes of the NER features: FNV-1a for strings, a murmur3-style finaliser to combine integers. */

export function hashString(s: string, seed = 0x811c9dc5): number {
  return hashRange(s, 0, s.length, seed);
}

/** hashString(s.slice(from, to)) without building the substring. */
export function hashRange(s: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const SURROGATE_RE = /[\uD800-\uDFFF]/;

/**
 * Hashes of the key's prefixes (len 1..4) into affix[0..3] and suffixes into
 * affix[4..7], lengths in code points; 0 where the key is not longer than the affix.
 */
export function affixHashes(key: string, affix: Int32Array): void {
  if (SURROGATE_RE.test(key)) {
    // rare: astral characters, so code points are not code units
    const chars = [...key];
    for (let l = 1; l <= 4; l++) {
      if (chars.length > l) {
        affix[l - 1] = hashString(chars.slice(0, l).join(''));
        affix[3 + l] = hashString(chars.slice(-l).join(''));
      }
    }
    return;
  }
  const n = key.length;
  for (let l = 1; l <= 4 && l < n; l++) {
    affix[l - 1] = hashRange(key, 0, l);
    affix[3 + l] = hashRange(key, n - l, n);
  }
}

/** Murmur3-style finaliser over two 32-bit values. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
