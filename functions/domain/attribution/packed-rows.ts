import * as sparse from '../lookup/sparse-index';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { popcount, rowOf } = sparse;

/**
 * The run-time layout of the chains' int8 rows, summed several weights per
 * instruction (SWAR): a row of seven weights is stored biased by 128 in
 * eight bytes, read as two int32 words, and each word is split into two
 * words of two 16-bit lanes (tags 0 and 2, 1 and 3; 4 and 6, 5 and the
 * pad) that plain integer adds sum without carrying from one lane into the
 * next. A token's sums are exact integers, as in the int8 loop they replace,
 * so the scores are the same to the bit.
 */
export interface PackedRows {
  index: sparse.SparseIndex;
  /** Two words per chain per row; a pair's rows are the union of both chains' buckets. */
  words: Int32Array;
  scales: Float64Array;
}

const BIAS = 128;
/** A 16-bit lane holds the sum of at most 257 biased bytes; the high lane also keeps the word below 2^31. */
export const MAX_LOOKUPS = 128;

/** Seven int8 weights from `at` as two words of biased bytes (eight bytes, the last a pad). */
function packRow(values: Int8Array, at: number, into: Int32Array, to: number): void {
  const b = (t: number) => (t < 7 && at >= 0 ? (values[at + t] as number) : 0) + BIAS;
  into[to] = b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24);
  into[to + 1] = b(4) | (b(5) << 8) | (b(6) << 16) | (b(7) << 24);
}

type Stored = sparse.SparseIndex & { values: Int8Array; scale: number };

/** One chain's rows, packed over its own index. */
export function packRows(stored: Stored): PackedRows {
  const rows = stored.values.length / 7;
  const words = new Int32Array(rows * 2);
  for (let r = 0; r < rows; r++) packRow(stored.values, r * 7, words, r * 2);
  return { index: stored, words, scales: Float64Array.of(stored.scale) };
}

/**
 * Two chains that read the same feature ids, packed over the union of their
 * buckets (a bucket one of them lacks gets zeros there): one lookup serves both.
 */
export function pairRows(a: Stored, b: Stored): PackedRows {
  const slots = new Int32Array(a.slots.length);
  let rows = 0;
  for (let at = 0; at < slots.length; at += 2) {
    const bits = (a.slots[at] as number) | (b.slots[at] as number);
    slots[at] = bits;
    slots[at + 1] = rows;
    rows += popcount(bits);
  }
  const words = new Int32Array(rows * 4);
  for (let at = 0, r = 0; at < slots.length; at += 2) {
    for (let bits = slots[at] as number; bits !== 0; bits &= bits - 1, r++) {
      const bucket = (at << 4) + (31 - Math.clz32(bits & -bits));
      const ra = rowOf(a, bucket);
      const rb = rowOf(b, bucket);
      packRow(a.values, ra < 0 ? -1 : ra * 7, words, r * 4);
      packRow(b.values, rb < 0 ? -1 : rb * 7, words, r * 4 + 2);
    }
  }
  return { index: { slots }, words, scales: Float64Array.of(a.scale, b.scale) };
}

/** Adds the seven scores of one token from its lane sums (`hits` rows summed) to `out` at `o`. */
function unpack(
  out: Float32Array,
  o: number,
  e02: number,
  e13: number,
  e46: number,
  e57: number,
  hits: number,
  scale: number,
): void {
  const bias = hits * BIAS;
  out[o] = (out[o] as number) + ((e02 & 0xffff) - bias) * scale;
  out[o + 1] = (out[o + 1] as number) + ((e13 & 0xffff) - bias) * scale;
  out[o + 2] = (out[o + 2] as number) + ((e02 >>> 16) - bias) * scale;
  out[o + 3] = (out[o + 3] as number) + ((e13 >>> 16) - bias) * scale;
  out[o + 4] = (out[o + 4] as number) + ((e46 & 0xffff) - bias) * scale;
  out[o + 5] = (out[o + 5] as number) + ((e57 & 0xffff) - bias) * scale;
  out[o + 6] = (out[o + 6] as number) + ((e46 >>> 16) - bias) * scale;
}

function checkWidth(perToken: number): void {
  if (perToken > MAX_LOOKUPS)
    throw new Error(`at most ${MAX_LOOKUPS} features per token fit the packed sums`);
}

/** Emission scores of one chain's packed rows, added to `out` (n tokens, perToken feature ids each). */
export function packedEmissions(
  rows: PackedRows,
  features: Uint32Array,
  n: number,
  perToken: number,
  out: Float32Array,
): void {
  checkWidth(perToken);
  const { words } = rows;
  const { slots } = rows.index;
  const scale = rows.scales[0] as number;
  for (let i = 0; i < n; i++) {
    let e02 = 0;
    let e13 = 0;
    let e46 = 0;
    let e57 = 0;
    let hits = 0;
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const f = features[k] as number;
      const at = (f >>> 5) << 1;
      const bits = slots[at] as number;
      const bit = 1 << (f & 31);
      if ((bits & bit) === 0) continue;
      const w = ((slots[at + 1] as number) + popcount(bits & (bit - 1))) << 1;
      const lo = words[w] as number;
      const hi = words[w + 1] as number;
      e02 += lo & 0x00ff00ff;
      e13 += (lo >>> 8) & 0x00ff00ff;
      e46 += hi & 0x00ff00ff;
      e57 += (hi >>> 8) & 0x00ff00ff;
      hits++;
    }
    unpack(out, i * 7, e02, e13, e46, e57, hits, scale);
  }
}

/** Emission scores of both chains of a pair, added to `outA` and `outB`. */
export function pairedEmissions(
  pair: PackedRows,
  features: Uint32Array,
  n: number,
  perToken: number,
  outA: Float32Array,
  outB: Float32Array,
): void {
  checkWidth(perToken);
  const { words } = pair;
  const { slots } = pair.index;
  const scaleA = pair.scales[0] as number;
  const scaleB = pair.scales[1] as number;
  for (let i = 0; i < n; i++) {
    let a02 = 0;
    let a13 = 0;
    let a46 = 0;
    let a57 = 0;
    let b02 = 0;
    let b13 = 0;
    let b46 = 0;
    let b57 = 0;
    let hits = 0;
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const f = features[k] as number;
      const at = (f >>> 5) << 1;
      const bits = slots[at] as number;
      const bit = 1 << (f & 31);
      if ((bits & bit) === 0) continue;
      const w = ((slots[at + 1] as number) + popcount(bits & (bit - 1))) << 2;
      const a = words[w] as number;
      const b = words[w + 1] as number;
      const c = words[w + 2] as number;
      const d = words[w + 3] as number;
      a02 += a & 0x00ff00ff;
      a13 += (a >>> 8) & 0x00ff00ff;
      a46 += b & 0x00ff00ff;
      a57 += (b >>> 8) & 0x00ff00ff;
      b02 += c & 0x00ff00ff;
      b13 += (c >>> 8) & 0x00ff00ff;
      b46 += d & 0x00ff00ff;
      b57 += (d >>> 8) & 0x00ff00ff;
      hits++;
    }
    unpack(outA, i * 7, a02, a13, a46, a57, hits, scaleA);
    unpack(outB, i * 7, b02, b13, b46, b57, hits, scaleB);
  }
}
