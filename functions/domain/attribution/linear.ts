import * as tagset from './tags';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { allowed, allowedAtStart, NTAGS } = tagset;

/** Weights of a linear-chain tagger: per hashed feature and tag, plus tag transitions. */
export interface ChainWeights {
  /** buckets x NTAGS, row-major (empty when `stored` holds the weights). */
  emission: Float32Array;
  /**
   * Loaded form: only the kept rows, in bucket order, as int8 times `scale`.
   * `present` has a bit per kept bucket and `before` counts the bits set in
   * the words before each: a bucket's row is its rank (a succinct index, a
   * few hundred KB that stay in cache where a dense table would not).
   */
  stored?: { present: Uint32Array; before: Int32Array; values: Int8Array; scale: number };
  /** NTAGS x NTAGS: from (row) to (column). */
  transition: Float32Array;
  /** Score of each tag at the first token. */
  start: Float32Array;
}

export function popcount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Row of a bucket in stored weights, or -1 when it was not kept. */
function rowOf(stored: NonNullable<ChainWeights['stored']>, f: number): number {
  const bits = stored.present[f >>> 5] as number;
  const bit = 1 << (f & 31);
  if ((bits & bit) === 0) return -1;
  return (stored.before[f >>> 5] as number) + popcount(bits & (bit - 1));
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
  if (w.stored) {
    // integer sums of int8 rows, scaled once: small rows keep the cache warm
    const { stored } = w;
    const { values, scale } = stored;
    const acc = new Int32Array(NTAGS);
    for (let i = 0; i < n; i++) {
      acc.fill(0);
      for (let k = i * perToken, end = k + perToken; k < end; k++) {
        const row = rowOf(stored, features[k] as number);
        if (row < 0) continue;
        const b = row * NTAGS;
        for (let t = 0; t < NTAGS; t++) acc[t] = (acc[t] as number) + (values[b + t] as number);
      }
      const o = i * NTAGS;
      for (let t = 0; t < NTAGS; t++) out[o + t] = (out[o + t] as number) + (acc[t] as number) * scale;
    }
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
