import * as sparse from '../lookup/sparse-index';
import { type PackedRows, packedEmissions, packRows } from './packed-rows';
import * as tagset from './tags';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { allowed, allowedAtStart, NTAGS } = tagset;
const { rowOf } = sparse;

/** Weights of a linear-chain tagger: per hashed feature and tag, plus tag transitions. */
export interface ChainWeights {
  /** buckets x NTAGS, row-major (empty when `stored` holds the weights). */
  emission: Float32Array;
  /** Loaded form: only the kept rows, in bucket order, as int8 times `scale`; a bucket's row is its rank. */
  stored?: sparse.SparseIndex & { values: Int8Array; scale: number };
  /** The stored rows as the scoring loop reads them (packed-rows.ts), made from `stored` on first use. */
  packed?: PackedRows;
  /** NTAGS x NTAGS: from (row) to (column). */
  transition: Float32Array;
  /** Score of each tag at the first token. */
  start: Float32Array;
}

/** Number of feature buckets the weights cover. */
export function bucketCount(w: ChainWeights): number {
  return w.stored ? sparse.bucketsOf(w.stored) : w.emission.length / NTAGS;
}

/** The weight of one bucket for one tag, whichever layout the weights have. */
export function weightAt(w: ChainWeights, bucket: number, tag: number): number {
  if (!w.stored) return w.emission[bucket * NTAGS + tag] ?? 0;
  const row = rowOf(w.stored, bucket);
  return row < 0 ? 0 : (w.stored.values[row * NTAGS + tag] ?? 0) * w.stored.scale;
}

/** Emission scores of n tokens with perToken feature ids each, added to `into` when given. */
export function emissions(
  w: ChainWeights,
  features: Uint32Array,
  n: number,
  perToken: number,
  into?: Float32Array,
): Float32Array {
  const out = into ?? new Float32Array(n * NTAGS);
  if (w.stored) {
    // packed on first use: a loaded model's first pass is only ever scored paired (packed-rows.ts)
    w.packed ??= packRows(w.stored);
    packedEmissions(w.packed, features, n, perToken, out);
    return out;
  }
  const e = w.emission;
  for (let i = 0; i < n; i++) {
    const o = i * NTAGS;
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const b = (features[k] as number) * NTAGS;
      for (let t = 0; t < NTAGS; t++) out[o + t] = (out[o + t] as number) + (e[b + t] as number);
    }
  }
  return out;
}

const NEG = -1e30;

const masked = new WeakMap<Float32Array, Float64Array>();

/**
 * Transition scores with the forbidden moves (I after another role) set to
 * NEG; cached for loaded weights only, as training changes them in place.
 */
function maskedTransitions(w: ChainWeights): Float64Array {
  const cached = masked.get(w.transition);
  if (cached) return cached;
  const m = new Float64Array(NTAGS * NTAGS);
  for (let f = 0; f < NTAGS; f++) {
    for (let t = 0; t < NTAGS; t++)
      m[f * NTAGS + t] = allowed(f, t) ? (w.transition[f * NTAGS + t] as number) : NEG;
  }
  if (w.stored) masked.set(w.transition, m);
  return m;
}

// viterbi() spells out the tag set's moves: O and the B tags may start or follow any tag, an I tag only its B or itself
for (let t = 0; t < NTAGS; t++) {
  const free = t === 0 || t % 2 === 1;
  for (let f = 0; f < NTAGS; f++) {
    if (NTAGS !== 7 || allowed(f, t) !== (free || f === t - 1 || f === t) || allowedAtStart(t) !== free)
      throw new Error('viterbi: tag set changed');
  }
}

/**
 * Best score into tag t over all seven predecessors (their scores p0..p6),
 * its predecessor written to back[at]. The first best wins ties, and the
 * forbidden moves the old loop also tried never won: the predecessors' O
 * and B scores are always finite, a forbidden move's is NEG plus one.
 */
function fromAny(
  p0: number,
  p1: number,
  p2: number,
  p3: number,
  p4: number,
  p5: number,
  p6: number,
  tr: Float64Array,
  t: number,
  back: Int8Array,
  at: number,
): number {
  let top = p0 + (tr[t] as number);
  let arg = 0;
  let s = p1 + (tr[7 + t] as number);
  if (s > top) {
    top = s;
    arg = 1;
  }
  s = p2 + (tr[14 + t] as number);
  if (s > top) {
    top = s;
    arg = 2;
  }
  s = p3 + (tr[21 + t] as number);
  if (s > top) {
    top = s;
    arg = 3;
  }
  s = p4 + (tr[28 + t] as number);
  if (s > top) {
    top = s;
    arg = 4;
  }
  s = p5 + (tr[35 + t] as number);
  if (s > top) {
    top = s;
    arg = 5;
  }
  s = p6 + (tr[42 + t] as number);
  if (s > top) {
    top = s;
    arg = 6;
  }
  back[at] = arg;
  return top;
}

/**
 * Best score into the I tag t, from its B tag (score pb, move tb) or itself
 * (pi, move ti). The moves come in as arguments, read once per sequence:
 * this keeps the helper small enough that V8 inlines all seven per-position
 * calls (its budget is about 920 bytes of bytecode a caller); a call left out
 * boxes its seven float arguments at every token.
 */
function fromRole(
  pb: number,
  pi: number,
  tb: number,
  ti: number,
  t: number,
  back: Int8Array,
  at: number,
): number {
  const b = pb + tb;
  const i = pi + ti;
  if (i > b) {
    back[at] = t;
    return i;
  }
  back[at] = t - 1;
  return b;
}

/**
 * Best tag sequence under the chain; I tags only continue their own role.
 * The seven running scores live in locals (a position reads its emission
 * scores and writes its back pointers, nothing else).
 */
export function viterbi(w: ChainWeights, scores: Float32Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const back = new Int8Array(n * 7);
  const tr = maskedTransitions(w);
  const start = w.start;
  let p0 = (start[0] as number) + (scores[0] as number);
  let p1 = (start[1] as number) + (scores[1] as number);
  let p2 = NEG;
  let p3 = (start[3] as number) + (scores[3] as number);
  let p4 = NEG;
  let p5 = (start[5] as number) + (scores[5] as number);
  let p6 = NEG;
  // each role's moves into its I tag (from * 7 + to): from its B tag, and from the I tag itself
  const b2 = tr[1 * 7 + 2] as number;
  const i2 = tr[2 * 7 + 2] as number;
  const b4 = tr[3 * 7 + 4] as number;
  const i4 = tr[4 * 7 + 4] as number;
  const b6 = tr[5 * 7 + 6] as number;
  const i6 = tr[6 * 7 + 6] as number;
  for (let i = 1; i < n; i++) {
    const o = i * 7;
    const q0 = fromAny(p0, p1, p2, p3, p4, p5, p6, tr, 0, back, o) + (scores[o] as number);
    const q1 = fromAny(p0, p1, p2, p3, p4, p5, p6, tr, 1, back, o + 1) + (scores[o + 1] as number);
    const q3 = fromAny(p0, p1, p2, p3, p4, p5, p6, tr, 3, back, o + 3) + (scores[o + 3] as number);
    const q5 = fromAny(p0, p1, p2, p3, p4, p5, p6, tr, 5, back, o + 5) + (scores[o + 5] as number);
    p2 = fromRole(p1, p2, b2, i2, 2, back, o + 2) + (scores[o + 2] as number);
    p4 = fromRole(p3, p4, b4, i4, 4, back, o + 4) + (scores[o + 4] as number);
    p6 = fromRole(p5, p6, b6, i6, 6, back, o + 6) + (scores[o + 6] as number);
    p0 = q0;
    p1 = q1;
    p3 = q3;
    p5 = q5;
  }
  const last = [p0, p1, p2, p3, p4, p5, p6];
  let arg = 0;
  for (let t = 1; t < 7; t++) if ((last[t] as number) > (last[arg] as number)) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * 7 + arg] as number;
  }
  return tags;
}
