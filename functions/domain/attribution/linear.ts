import * as sparse from '../lookup/sparse-index';
import * as tagset from './tags';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { allowed, allowedAtStart, NTAGS } = tagset;
const { popcount, rowOf } = sparse;

/** Weights of a linear-chain tagger: per hashed feature and tag, plus tag transitions. */
export interface ChainWeights {
  /** buckets x NTAGS, row-major (empty when `stored` holds the weights). */
  emission: Float32Array;
  /** Loaded form: only the kept rows, in bucket order, as int8 times `scale`; a bucket's row is its rank. */
  stored?: sparse.SparseIndex & { values: Int8Array; scale: number };
  /** NTAGS x NTAGS: from (row) to (column). */
  transition: Float32Array;
  /** Score of each tag at the first token. */
  start: Float32Array;
}

/** Number of feature buckets the weights cover. */
export function bucketCount(w: ChainWeights): number {
  return w.stored ? w.stored.present.length * 32 : w.emission.length / NTAGS;
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
  if (w.stored) return storedEmissions(w.stored, features, n, perToken, out);
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

/**
 * Emissions from stored weights: integer sums of int8 rows, scaled once
 * (small rows keep the cache warm). The hottest loop of extraction, so the
 * seven tags are summed in locals and the row lookup is written out.
 */
function storedEmissions(
  stored: NonNullable<ChainWeights['stored']>,
  features: Uint32Array,
  n: number,
  perToken: number,
  out: Float32Array,
): Float32Array {
  if (NTAGS !== 7) throw new Error('storedEmissions sums exactly seven tags');
  const { values, scale, present, before } = stored;
  for (let i = 0; i < n; i++) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    for (let k = i * perToken, end = k + perToken; k < end; k++) {
      const f = features[k] as number;
      const bits = present[f >>> 5] as number;
      const bit = 1 << (f & 31);
      if ((bits & bit) === 0) continue;
      const b = ((before[f >>> 5] as number) + popcount(bits & (bit - 1))) * 7;
      a0 += values[b] as number;
      a1 += values[b + 1] as number;
      a2 += values[b + 2] as number;
      a3 += values[b + 3] as number;
      a4 += values[b + 4] as number;
      a5 += values[b + 5] as number;
      a6 += values[b + 6] as number;
    }
    const o = i * 7;
    out[o] = (out[o] as number) + a0 * scale;
    out[o + 1] = (out[o + 1] as number) + a1 * scale;
    out[o + 2] = (out[o + 2] as number) + a2 * scale;
    out[o + 3] = (out[o + 3] as number) + a3 * scale;
    out[o + 4] = (out[o + 4] as number) + a4 * scale;
    out[o + 5] = (out[o + 5] as number) + a5 * scale;
    out[o + 6] = (out[o + 6] as number) + a6 * scale;
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

/** Best tag sequence under the chain; I tags only continue their own role. */
export function viterbi(w: ChainWeights, scores: Float32Array, n: number): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const best = new Float64Array(n * NTAGS);
  const back = new Int8Array(n * NTAGS);
  const trans = maskedTransitions(w);
  for (let t = 0; t < NTAGS; t++) {
    best[t] = allowedAtStart(t) ? (w.start[t] as number) + (scores[t] as number) : NEG;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NTAGS; t++) {
      let top = NEG;
      let arg = 0;
      for (let f = 0; f < NTAGS; f++) {
        const s = (best[(i - 1) * NTAGS + f] as number) + (trans[f * NTAGS + t] as number);
        if (s > top) {
          top = s;
          arg = f;
        }
      }
      best[i * NTAGS + t] = top + (scores[i * NTAGS + t] as number);
      back[i * NTAGS + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < NTAGS; t++)
    if ((best[(n - 1) * NTAGS + t] as number) > (best[(n - 1) * NTAGS + arg] as number)) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * NTAGS + arg] as number;
  }
  return tags;
}
