/**
 * Rows kept for some hashed buckets only, found by rank: per word of 32
 * buckets, a bit per kept bucket and the number of bits set in the words
 * before it (a succinct index, a few hundred KB that stay in cache where a
 * dense table would not). The two are interleaved, `slots[2w]` the bits and
 * `slots[2w + 1]` the count, so a lookup reads one cache line, not two.
 * Shared by the NER and attribution models' weights.
 */
export interface SparseIndex {
  slots: Int32Array;
}

export function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Number of buckets the index covers. */
export function bucketsOf(index: SparseIndex): number {
  return index.slots.length * 16;
}

/** Row of a bucket, or -1 when it was not kept. */
export function rowOf(index: SparseIndex, f: number): number {
  const at = (f >>> 5) << 1;
  const bits = index.slots[at] as number;
  const bit = 1 << (f & 31);
  if ((bits & bit) === 0) return -1;
  return (index.slots[at + 1] as number) + popcount(bits & (bit - 1));
}

/** The index of kept bucket ids (ascending: row r is ids[r]) out of 2^bits. */
export function indexOf(ids: Int32Array, bits: number): SparseIndex {
  const slots = new Int32Array(Math.ceil(2 ** bits / 32) * 2);
  let previous = -1;
  // an indexed loop: this runs once per cold start, mostly before the optimiser, where for-of is slow
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r] as number;
    // a row's number is its rank, so ids out of order would read the wrong rows
    if (id <= previous) throw new Error('model buckets are not ascending');
    previous = id;
    const at = (id >>> 5) << 1;
    slots[at] = (slots[at] as number) | (1 << (id & 31));
  }
  countRanks(slots);
  return { slots };
}

/** Each slot's count of the bits set in the slots before it. */
function countRanks(slots: Int32Array): void {
  for (let at = 2, sum = 0; at < slots.length; at += 2) {
    sum += popcount(slots[at - 2] as number);
    slots[at + 1] = sum;
  }
}

/**
 * The index of `count` ids written by writeIds at `at`, read straight into
 * its bits (indexOf(readIds(...).ids) without the ids array: this runs at
 * every cold start, a loop and an allocation fewer); and the position after.
 */
export function readIndex(
  bytes: Uint8Array,
  at: number,
  count: number,
  bits: number,
): { index: SparseIndex; next: number } {
  const slots = new Int32Array(Math.ceil(2 ** bits / 32) * 2);
  const buckets = 2 ** bits;
  let pos = at;
  for (let i = 0, id = -1; i < count; i++) {
    let byte = bytes[pos++] as number;
    let delta = byte & 0x7f;
    for (let shift = 128; byte >= 0x80; shift *= 128) {
      byte = bytes[pos++] as number;
      delta += (byte & 0x7f) * shift;
    }
    // the first id is written as itself, later ones as gaps, so a zero gap (or an id past the end) is corrupt
    if (i > 0 && delta === 0) throw new Error('model buckets are not ascending');
    id = i === 0 ? delta : id + delta;
    if (id >= buckets) throw new Error('model bucket out of range');
    const slot = (id >>> 5) << 1;
    slots[slot] = (slots[slot] as number) | (1 << (id & 31));
  }
  countRanks(slots);
  return { index: { slots }, next: pos };
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
