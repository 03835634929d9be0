/**
 * Rows kept for some hashed buckets only, found by rank: `present` has a bit
 * per kept bucket and `before` counts the bits set in the words before each
 * (a succinct index, a few hundred KB that stay in cache where a dense table
 * would not). Shared by the NER and attribution models' weights.
 */
export interface SparseIndex {
  present: Uint32Array;
  before: Int32Array;
}

export function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Row of a bucket, or -1 when it was not kept. */
export function rowOf(index: SparseIndex, f: number): number {
  const bits = index.present[f >>> 5] as number;
  const bit = 1 << (f & 31);
  if ((bits & bit) === 0) return -1;
  return (index.before[f >>> 5] as number) + popcount(bits & (bit - 1));
}

/** The index of kept bucket ids (ascending: row r is ids[r]) out of 2^bits. */
export function indexOf(ids: Int32Array, bits: number): SparseIndex {
  const present = new Uint32Array(Math.ceil(2 ** bits / 32));
  const before = new Int32Array(present.length);
  let previous = -1;
  for (const id of ids) {
    // a row's number is its rank, so ids out of order would read the wrong rows
    if (id <= previous) throw new Error('model buckets are not ascending');
    previous = id;
    present[id >>> 5] = (present[id >>> 5] as number) | (1 << (id & 31));
  }
  for (let i = 1, sum = 0; i < present.length; i++) {
    sum += popcount(present[i - 1] as number);
    before[i] = sum;
  }
  return { present, before };
}

/** Sorted ids as varint-coded gaps. */
export function writeIds(ids: Iterable<number>): Buffer {
  const out: number[] = [];
  let previous = 0;
  for (const id of ids) {
    let x = id - previous;
    previous = id;
    while (x >= 0x80) {
      out.push((x & 0x7f) | 0x80);
      x >>>= 7;
    }
    out.push(x);
  }
  return Buffer.from(out);
}

/** Reads `count` ids written by writeIds at `at`; returns them and the position after. */
export function readIds(bytes: Uint8Array, at: number, count: number): { ids: Int32Array; next: number } {
  const ids = new Int32Array(count);
  let pos = at;
  for (let i = 0, id = 0; i < count; i++) {
    let shift = 0;
    let delta = 0;
    for (;;) {
      const byte = bytes[pos++] as number;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    id += delta;
    ids[i] = id;
  }
  return { ids, next: pos };
}
