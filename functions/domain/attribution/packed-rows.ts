import * as sparse from '../lookup/sparse-index';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { popcount } = sparse;

/**
 * The run-time layout of the chains' int8 rows, summed several weights per
 * instruction (SWAR): a row of seven weights is stored biased by 128 in
 * eight bytes, read as two int32 words, and each word is split into two
 * words of two 16-bit lanes (tags 0 and 2, 1 and 3; 4 and 6, 5 and the
 * pad) that plain integer adds sum without carrying from one lane into the
 * next. The pad byte is the bias itself, so its lane counts the rows summed.
 * A token's sums are exact integers, as in the int8 loop they replace, so
 * the scores are the same to the bit.
 *
 * Index and rows share one Int32Array (fewer arrays for the JIT to check
 * in the loop): the SparseIndex slots first, each slot's rank count turned
 * into the table offset of its word's first row.
 */
export interface PackedRows {
  table: Int32Array;
  scales: Float64Array;
}

const BIAS = 128;
/** A 16-bit lane holds the sum of at most 257 biased bytes; the high lane also keeps the word below 2^31. */
export const MAX_LOOKUPS = 128;

// rows are written byte by byte into the table's words: the lanes above assume a little-endian machine (x86-64, arm64)
if (new Uint8Array(Uint32Array.of(1).buffer)[0] !== 1)
  throw new Error('packed rows need a little-endian machine');

type Stored = sparse.SparseIndex & { values: Int8Array; scale: number };

/**
 * A table of `slots` then `rows` rows of `width` words, each slot's count
 * made a row offset; every row byte starts as the bias (all weights zero).
 * Loading is plain loops over bytes: the table is built at cold start.
 */
function tableOf(slots: Int32Array, rows: number, width: number): Int32Array {
  const table = new Int32Array(slots.length + rows * width);
  new Uint8Array(table.buffer).fill(BIAS, slots.length * 4);
  table.set(slots);
  for (let at = 1; at < slots.length; at += 2) table[at] = slots.length + (slots[at] as number) * width;
  return table;
}

/** Row `r` of `values` (seven int8 weights) biased into bytes[to..to+7) (the pad, bytes[to+7], is the bias already). */
function copyRow(values: Int8Array, r: number, bytes: Uint8Array, to: number): void {
  for (let t = 0, from = r * 7; t < 7; t++) bytes[to + t] = (values[from + t] as number) + BIAS;
}

/** One chain's rows, packed after its own index. */
export function packRows(stored: Stored): PackedRows {
  const rows = stored.values.length / 7;
  const table = tableOf(stored.slots, rows, 2);
  const bytes = new Uint8Array(table.buffer);
  for (let r = 0, to = stored.slots.length * 4; r < rows; r++, to += 8) copyRow(stored.values, r, bytes, to);
  return { table, scales: Float64Array.of(stored.scale) };
}

/**
 * Two chains that read the same feature ids, packed over the union of their
 * buckets (a bucket one of them lacks keeps zeros there): one lookup serves
 * both. Buckets are walked in order, so each chain's next row is a counter.
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
  const table = tableOf(slots, rows, 4);
  const bytes = new Uint8Array(table.buffer);
  let ra = 0;
  let rb = 0;
  for (let at = 0, to = slots.length * 4; at < slots.length; at += 2) {
    const inA = a.slots[at] as number;
    const inB = b.slots[at] as number;
    for (let bits = slots[at] as number; bits !== 0; bits &= bits - 1, to += 16) {
      const bit = bits & -bits;
      if (inA & bit) copyRow(a.values, ra++, bytes, to);
      if (inB & bit) copyRow(b.values, rb++, bytes, to + 8);
    }
  }
  return { table, scales: Float64Array.of(a.scale, b.scale) };
}

/** Adds the seven scores of one token from its lane sums to `out` at `o` (the pad lane, e57's high half, is the bias). */
function unpack(
  out: Float32Array,
  o: number,
  e02: number,
  e13: number,
  e46: number,
  e57: number,
  scale: number,
): void {
  const bias = e57 >>> 16;
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

/**
 * Table offset of a bucket's row (rows of 2^shift words), or -1 when it has
 * none: rowOf with the popcount written out (the hottest lines of extraction).
 */
function rowAt(table: Int32Array, f: number, shift: number): number {
  const at = (f >>> 5) << 1;
  const bits = table[at] as number;
  const bit = 1 << (f & 31);
  if ((bits & bit) === 0) return -1;
  let x = bits & (bit - 1);
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return (table[at + 1] as number) + ((Math.imul(x, 0x01010101) >>> 24) << shift);
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
  const { table } = rows;
  const scale = rows.scales[0] as number;
  for (let i = 0; i < n; i++) {
    let e02 = 0;
    let e13 = 0;
    let e46 = 0;
    let e57 = 0;
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const w = rowAt(table, features[k] as number, 1);
      if (w < 0) continue;
      const lo = table[w] as number;
      const hi = table[w + 1] as number;
      e02 += lo & 0x00ff00ff;
      e13 += (lo >>> 8) & 0x00ff00ff;
      e46 += hi & 0x00ff00ff;
      e57 += (hi >>> 8) & 0x00ff00ff;
    }
    unpack(out, i * 7, e02, e13, e46, e57, scale);
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
  const { table } = pair;
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
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const w = rowAt(table, features[k] as number, 2);
      if (w < 0) continue;
      const a = table[w] as number;
      const b = table[w + 1] as number;
      const c = table[w + 2] as number;
      const d = table[w + 3] as number;
      a02 += a & 0x00ff00ff;
      a13 += (a >>> 8) & 0x00ff00ff;
      a46 += b & 0x00ff00ff;
      a57 += (b >>> 8) & 0x00ff00ff;
      b02 += c & 0x00ff00ff;
      b13 += (c >>> 8) & 0x00ff00ff;
      b46 += d & 0x00ff00ff;
      b57 += (d >>> 8) & 0x00ff00ff;
    }
    unpack(outA, i * 7, a02, a13, a46, a57, scaleA);
    unpack(outB, i * 7, b02, b13, b46, b57, scaleB);
  }
}
