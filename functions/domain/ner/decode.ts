/**
 * Linear scoring and first-order Viterbi decoding over hashed features.
 */

import type { SentenceFeatures } from './features';

/** A linear model: per feature bucket a row of label weights, plus transitions. */
export interface LinearModel {
  nLabels: number;
  /** bucket -> row index into `weights`, or -1. */
  rowOf: Int32Array;
  /** rows * nLabels weights. */
  weights: Float32Array;
  /** (nLabels + 1)^2 transition scores; index nLabels is the sentence boundary. */
  trans: Float32Array;
}

/** Emission scores, n * nLabels (written into `out` when it is large enough). */
export function emissions(model: LinearModel, f: SentenceFeatures, out?: Float32Array): Float32Array {
  const n = f.offsets.length - 1;
  const size = n * model.nLabels;
  const scores = out && out.length >= size ? out.fill(0, 0, size) : new Float32Array(size);
  return addEmissions(model, f, scores);
}

/** Adds the emission scores of features f to scores (n * nLabels). */
export function addEmissions(model: LinearModel, f: SentenceFeatures, scores: Float32Array): Float32Array {
  const L = model.nLabels;
  const n = f.offsets.length - 1;
  const rowOf = model.rowOf;
  const weights = model.weights;
  const feats = f.feats;
  const offsets = f.offsets;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const to = offsets[i + 1] as number;
    for (let j = offsets[i] as number; j < to; j++) {
      const r = rowOf[feats[j] as number] as number;
      if (r < 0) continue;
      const w = r * L;
      for (let l = 0; l < L; l++)
        scores[base + l] = (scores[base + l] as number) + (weights[w + l] as number);
    }
  }
  return scores;
}

/**
 * Precomputed transition structure for fast Viterbi: allowed predecessors
 * per label. A position's running scores and the transitions along the
 * allowed edges share one scratch array (fewer arrays in the inner loop),
 * and a label every label may precede (O, B-) scans them without the list.
 */
export class Decoder {
  private readonly L: number;
  private readonly predStart: Int32Array;
  private readonly preds: Int32Array;
  /** Per label: whether its predecessors are all labels, 0..L-1 in order. */
  private readonly fromAll: Uint8Array;
  /** Running scores of the previous and current position (L each), then each edge's transition score. */
  private readonly work: Float64Array;
  private back = new Int32Array(0);
  private path = new Int32Array(0);

  constructor(
    L: number,
    allowed: Uint8Array,
    private readonly canStart: Uint8Array,
    private readonly canEnd: Uint8Array,
  ) {
    this.L = L;
    this.predStart = new Int32Array(L + 1);
    this.fromAll = new Uint8Array(L);
    const preds: number[] = [];
    for (let l = 0; l < L; l++) {
      this.predStart[l] = preds.length;
      for (let p = 0; p < L; p++) if (allowed[p * L + l]) preds.push(p);
      this.fromAll[l] = preds.length - (this.predStart[l] as number) === L ? 1 : 0;
    }
    this.predStart[L] = preds.length;
    this.preds = Int32Array.from(preds);
    this.work = new Float64Array(2 * L + preds.length);
  }

  /**
   * Best allowed label sequence for emission scores (n * L) and transitions
   * ((L + 1)^2, index L = sentence boundary). The returned array is reused by
   * the next call: copy it to keep it.
   */
  viterbi(scores: Float32Array | Float64Array, n: number, trans: Float32Array): Int32Array {
    const L = this.L;
    if (this.path.length < n) {
      this.path = new Int32Array(n * 2);
      this.back = new Int32Array(n * 2 * L);
    }
    const path = this.path.subarray(0, n);
    if (n === 0) return path;
    const T = L + 1;
    const NEG = -1e30;
    const { preds, predStart, fromAll, back, work } = this;
    const edges = 2 * L;
    for (let l = 0; l < L; l++) {
      for (let k = predStart[l] as number; k < (predStart[l + 1] as number); k++)
        work[edges + k] = trans[(preds[k] as number) * T + l] as number;
    }
    // running scores at prev..prev+L, the next position's at cur..cur+L
    let prev = 0;
    let cur = L;
    for (let l = 0; l < L; l++)
      work[l] = this.canStart[l] ? (trans[L * T + l] as number) + (scores[l] as number) : NEG;
    for (let i = 1; i < n; i++) {
      const base = i * L;
      for (let l = 0; l < L; l++) {
        let best = NEG;
        let arg = 0;
        const from = predStart[l] as number;
        if (fromAll[l]) {
          for (let p = 0, k = edges + from; p < L; p++, k++) {
            const s = (work[prev + p] as number) + (work[k] as number);
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        } else {
          const end = predStart[l + 1] as number;
          for (let k = from; k < end; k++) {
            const p = preds[k] as number;
            const s = (work[prev + p] as number) + (work[edges + k] as number);
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        work[cur + l] = best + (scores[base + l] as number);
        back[base + l] = arg;
      }
      const t = prev;
      prev = cur;
      cur = t;
    }
    let best = NEG;
    let arg = 0;
    for (let l = 0; l < L; l++) {
      if (!this.canEnd[l]) continue;
      const s = (work[prev + l] as number) + (trans[l * T + L] as number);
      if (s > best) {
        best = s;
        arg = l;
      }
    }
    path[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + (path[i] as number)] as number;
    return path;
  }
}

/** One-off Viterbi (allocates a Decoder; use Decoder directly in loops). */
export function viterbi(
  scores: Float32Array,
  n: number,
  L: number,
  trans: Float32Array,
  allowed: Uint8Array,
  canStart: Uint8Array,
  canEnd: Uint8Array,
): Int32Array {
  return new Decoder(L, allowed, canStart, canEnd).viterbi(scores, n, trans).slice();
}
