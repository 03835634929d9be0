/**
 * Structured averaged perceptron (Collins 2002) over hashed features with
 * first-order Viterbi decoding and BILOU transition constraints.
 */

import { Decoder, emissions, type LinearModel } from '../../../functions/domain/ner/decode';
import type { SentenceFeatures } from '../../../functions/domain/ner/features';

export interface Instance {
  f: SentenceFeatures;
  gold: Int32Array;
}

export interface Constraints {
  allowed: Uint8Array;
  canStart: Uint8Array;
  canEnd: Uint8Array;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

export class Perceptron {
  readonly L: number;
  readonly buckets: number;
  private readonly w: Float32Array;
  private readonly u: Float32Array;
  private readonly trans: Float32Array;
  private readonly transU: Float32Array;
  private c = 1;
  private readonly identity: Int32Array;
  private readonly decoder: Decoder;
  private scores = new Float32Array(4096);

  constructor(buckets: number, L: number, cons: Constraints) {
    this.L = L;
    this.buckets = buckets;
    this.w = new Float32Array(buckets * L);
    this.u = new Float32Array(buckets * L);
    this.trans = new Float32Array((L + 1) * (L + 1));
    this.transU = new Float32Array((L + 1) * (L + 1));
    this.decoder = new Decoder(L, cons.allowed, cons.canStart, cons.canEnd);
    this.identity = new Int32Array(buckets);
    for (let i = 0; i < buckets; i++) this.identity[i] = i;
  }

  private model(weights: Float32Array, trans: Float32Array): LinearModel {
    return { nLabels: this.L, rowOf: this.identity, weights, trans };
  }

  /** Best labels (a fresh array). */
  decode(model: LinearModel, f: SentenceFeatures): Int32Array {
    const n = f.offsets.length - 1;
    if (this.scores.length < n * this.L) this.scores = new Float32Array(n * this.L * 2);
    const s = emissions(model, f, this.scores);
    return this.decoder.viterbi(s, n, model.trans).slice();
  }

  private update(f: SentenceFeatures, i: number, label: number, d: number): void {
    const L = this.L;
    const cd = this.c * d;
    for (let j = f.offsets[i] as number; j < (f.offsets[i + 1] as number); j++) {
      const x = (f.feats[j] as number) * L + label;
      this.w[x] = (this.w[x] as number) + d;
      this.u[x] = (this.u[x] as number) + cd;
    }
  }

  private updateTrans(a: number, b: number, d: number): void {
    const x = a * (this.L + 1) + b;
    this.trans[x] = (this.trans[x] as number) + d;
    this.transU[x] = (this.transU[x] as number) + this.c * d;
  }

  /** One pass over the instances in the given order; returns the number of mistaken sentences. */
  epoch(instances: readonly Instance[]): number {
    const live = this.model(this.w, this.trans);
    const L = this.L;
    let mistakes = 0;
    for (const inst of instances) {
      const pred = this.decode(live, inst.f);
      const n = inst.gold.length;
      let wrong = false;
      for (let i = 0; i < n; i++) if (pred[i] !== inst.gold[i]) wrong = true;
      if (wrong) {
        mistakes++;
        for (let i = 0; i < n; i++) {
          const g = inst.gold[i] as number;
          const p = pred[i] as number;
          if (g !== p) {
            this.update(inst.f, i, g, 1);
            this.update(inst.f, i, p, -1);
          }
          const gPrev = i > 0 ? (inst.gold[i - 1] as number) : L;
          const pPrev = i > 0 ? (pred[i - 1] as number) : L;
          if (gPrev !== pPrev || g !== p) {
            this.updateTrans(gPrev, g, 1);
            this.updateTrans(pPrev, p, -1);
          }
        }
        const gl = inst.gold[n - 1] as number;
        const pl = pred[n - 1] as number;
        if (gl !== pl) {
          this.updateTrans(gl, L, 1);
          this.updateTrans(pl, L, -1);
        }
      }
      this.c++;
    }
    return mistakes;
  }

  /** Averaged weights (a fresh copy). */
  averaged(): LinearModel {
    const w = new Float32Array(this.w.length);
    const inv = 1 / this.c;
    for (let i = 0; i < w.length; i++) w[i] = (this.w[i] as number) - (this.u[i] as number) * inv;
    const t = new Float32Array(this.trans.length);
    for (let i = 0; i < t.length; i++) t[i] = (this.trans[i] as number) - (this.transU[i] as number) * inv;
    return this.model(w, t);
  }
}
