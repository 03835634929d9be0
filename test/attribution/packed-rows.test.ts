import { describe, expect, it } from 'vitest';
import { type ChainWeights, viterbi } from '../../functions/domain/attribution/linear';
import {
  MAX_LOOKUPS,
  packedEmissions,
  packRows,
  pairedEmissions,
  pairRows,
} from '../../functions/domain/attribution/packed-rows';
import { allowed, allowedAtStart, NTAGS } from '../../functions/domain/attribution/tags';
import { indexOf, rowOf } from '../../functions/domain/lookup/sparse-index';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/** Stored rows for every `step`-th of 2^bits buckets, int8 weights drawn from the whole range. */
function storedRows(bits: number, step: number, next: () => number) {
  const ids = Int32Array.from({ length: Math.ceil(2 ** bits / step) }, (_, i) => i * step);
  const values = Int8Array.from({ length: ids.length * NTAGS }, () => Math.floor(next() * 256) - 128);
  return { ...indexOf(ids, bits), values, scale: 0.0123 };
}

/** The scores the int8 loop gave: per token, the integer sum of its rows times the scale, added in float32. */
function plainEmissions(rows: ReturnType<typeof storedRows>, features: Uint32Array, n: number, per: number) {
  const out = new Float32Array(n * NTAGS);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < NTAGS; t++) {
      let sum = 0;
      for (let k = i * per; k < (i + 1) * per; k++) {
        const r = rowOf(rows, features[k] as number);
        if (r >= 0) sum += rows.values[r * NTAGS + t] as number;
      }
      out[i * NTAGS + t] = sum * rows.scale;
    }
  }
  return out;
}

describe('packed rows', () => {
  const next = random(7);
  const bits = 12;
  const a = storedRows(bits, 3, next);
  const b = storedRows(bits, 5, next);
  // the most features a token may have, all on extreme weights, plus buckets without rows
  const per = MAX_LOOKUPS;
  const n = 6;
  const features = Uint32Array.from({ length: n * per }, () => Math.floor(next() * 2 ** bits));

  it('score tokens to the bit as the int8 loop did', () => {
    const got = new Float32Array(n * NTAGS);
    packedEmissions(packRows(a), features, n, per, got);
    expect([...got]).toEqual([...plainEmissions(a, features, n, per)]);
  });

  it('score two chains from one lookup as each alone', () => {
    const gotA = new Float32Array(n * NTAGS);
    const gotB = new Float32Array(n * NTAGS);
    pairedEmissions(pairRows(a, b), features, n, per, gotA, gotB);
    expect([...gotA]).toEqual([...plainEmissions(a, features, n, per)]);
    expect([...gotB]).toEqual([...plainEmissions(b, features, n, per)]);
  });

  it('refuse more features per token than a lane can sum', () => {
    const out = new Float32Array(NTAGS);
    expect(() => packedEmissions(packRows(a), new Uint32Array(per + 1), 1, per + 1, out)).toThrow(/at most/);
  });
});

/** Viterbi as first written: every predecessor tried, forbidden moves at -1e30. */
function plainViterbi(w: ChainWeights, scores: Float32Array, n: number): Int32Array {
  const NEG = -1e30;
  const best = new Float64Array(n * NTAGS);
  const back = new Int8Array(n * NTAGS);
  for (let t = 0; t < NTAGS; t++)
    best[t] = allowedAtStart(t) ? (w.start[t] as number) + (scores[t] as number) : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NTAGS; t++) {
      let top = NEG;
      let arg = 0;
      for (let f = 0; f < NTAGS; f++) {
        const trans = allowed(f, t) ? (w.transition[f * NTAGS + t] as number) : NEG;
        const s = (best[(i - 1) * NTAGS + f] as number) + trans;
        if (s > top) {
          top = s;
          arg = f;
        }
      }
      best[i * NTAGS + t] = top + (scores[i * NTAGS + t] as number);
      back[i * NTAGS + t] = arg;
    }
  }
  const tags = new Int32Array(n);
  let arg = 0;
  for (let t = 1; t < NTAGS; t++)
    if ((best[(n - 1) * NTAGS + t] as number) > (best[(n - 1) * NTAGS + arg] as number)) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * NTAGS + arg] as number;
  }
  return tags;
}

describe('viterbi', () => {
  it('finds the sequence the all-predecessors loop found, ties and blocked tags included', () => {
    const next = random(11);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(next() * 40);
      // coarse values make ties common; -1e9 is how the linker blocks a tag
      const value = () => (next() < 0.1 ? -1e9 : Math.round(next() * 8 - 4));
      const w: ChainWeights = {
        emission: new Float32Array(0),
        transition: Float32Array.from({ length: NTAGS * NTAGS }, value),
        start: Float32Array.from({ length: NTAGS }, value),
      };
      const scores = Float32Array.from({ length: n * NTAGS }, value);
      expect([...viterbi(w, scores, n)]).toEqual([...plainViterbi(w, scores, n)]);
    }
  });
});
