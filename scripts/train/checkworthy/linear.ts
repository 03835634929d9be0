import { minimize } from './lbfgs';
import type { SparseRows } from './matrix';

export type Loss = 'logistic' | 'squared-hinge';

export interface LinearFit {
  weights: Float64Array;
  bias: number;
}

export interface LinearOptions {
  loss: Loss;
  /** L2 strength: objective = mean loss + l2/2 · |w|². */
  l2: number;
  /** Weight of a positive example's loss relative to a negative one's. */
  positiveWeight: number;
  maxIter: number;
}

/** Fits an L2-regularized linear classifier on labels 0/1; the bias is not regularized. */
export function fitLinear(m: SparseRows, labels: number[], dim: number, opts: LinearOptions): LinearFit {
  const n = m.rows;
  const z = new Float64Array(n);
  const dz = new Float64Array(n);
  // The bias is the last coordinate.
  const objective = (x: Float64Array, grad: Float64Array): number => {
    const bias = x[dim] as number;
    let loss = 0;
    for (let r = 0; r < n; r++) {
      let s = bias;
      for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k++) {
        s += (x[m.idx[k] as number] as number) * (m.val[k] as number);
      }
      z[r] = s;
      const y = labels[r] === 1 ? 1 : -1;
      const c = y === 1 ? opts.positiveWeight : 1;
      if (opts.loss === 'logistic') {
        const t = -y * s;
        loss += c * (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));
        dz[r] = (-c * y) / (1 + Math.exp(y * s));
      } else {
        const margin = 1 - y * s;
        loss += margin > 0 ? c * margin * margin : 0;
        dz[r] = margin > 0 ? -2 * c * y * margin : 0;
      }
    }
    grad.fill(0);
    let reg = 0;
    for (let i = 0; i < dim; i++) {
      const w = x[i] as number;
      reg += w * w;
      grad[i] = opts.l2 * w;
    }
    let gBias = 0;
    for (let r = 0; r < n; r++) {
      const d = (dz[r] as number) / n;
      gBias += d;
      for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k++) {
        const i = m.idx[k] as number;
        grad[i] = (grad[i] as number) + d * (m.val[k] as number);
      }
    }
    grad[dim] = gBias;
    return loss / n + 0.5 * opts.l2 * reg;
  };
  const x = minimize(objective, new Float64Array(dim + 1), { maxIter: opts.maxIter });
  return { weights: x.subarray(0, dim), bias: x[dim] as number };
}
