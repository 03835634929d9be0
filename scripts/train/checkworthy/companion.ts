import { companionFeatures } from '../../../functions/domain/checkworthiness/features';
import type { SparseRows } from './matrix';

/** Training options of the companion model (see functions/domain/checkworthiness/companion.ts). */
export interface CompanionOptions {
  bits: number;
  /** Additive smoothing of the naive-Bayes counts. */
  alpha: number;
  l2: number;
  maxIter: number;
  /** Candidate shares of the companion in the averaged score; cross-validation picks one. */
  weights: number[];
}

/** The companion's binary features of each sentence (values 1). */
export function companionRows(sentences: string[], bits: number): SparseRows {
  const rowPtr = new Int32Array(sentences.length + 1);
  const parts = sentences.map((s, i) => {
    const b = companionFeatures(s, bits).slice();
    rowPtr[i + 1] = (rowPtr[i] as number) + b.length;
    return b;
  });
  const idx = new Int32Array(rowPtr[sentences.length] as number);
  parts.forEach((p, i) => {
    idx.set(p, rowPtr[i]);
  });
  return { rowPtr, idx, val: new Float32Array(idx.length).fill(1), rows: sentences.length };
}

/**
 * Naive-Bayes log-count ratios r = log((p + α)/|p + α|₁ ÷ (q + α)/|q + α|₁),
 * p and q the per-feature counts over positive and negative rows (Wang & Manning 2012).
 */
export function logCountRatios(m: SparseRows, labels: number[], dim: number, alpha: number): Float32Array {
  const p = new Float64Array(dim);
  const q = new Float64Array(dim);
  let pSum = alpha * dim;
  let qSum = alpha * dim;
  for (let r = 0; r < m.rows; r++) {
    const pos = labels[r] === 1;
    for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k++) {
      const i = m.idx[k] as number;
      if (pos) {
        p[i] = (p[i] as number) + 1;
        pSum++;
      } else {
        q[i] = (q[i] as number) + 1;
        qSum++;
      }
    }
  }
  const ratios = new Float32Array(dim);
  for (let i = 0; i < dim; i++) {
    if (p[i] || q[i])
      ratios[i] = Math.log(((p[i] as number) + alpha) / pSum / (((q[i] as number) + alpha) / qSum));
  }
  return ratios;
}

/** The rows with each value scaled by its feature's ratio. */
export function scaleColumns(m: SparseRows, ratios: Float32Array): SparseRows {
  const val = new Float32Array(m.val.length);
  for (let k = 0; k < val.length; k++) val[k] = (m.val[k] as number) * (ratios[m.idx[k] as number] as number);
  return { ...m, val };
}
