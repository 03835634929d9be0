import type { Csr } from './cooccurrence';

/**
 * The top-`k` left singular subspace of a sparse matrix by randomized subspace
 * iteration (Halko, Martinsson & Tropp 2011), orthonormalised by Cholesky QR
 * run twice. Hand-written: no linear-algebra package is a dependency, and the
 * matrix is sparse. The basis is returned up to a rotation, which neither
 * cosine clusters nor a linear model on mean vectors cares about.
 */

/** A seeded xorshift generator of uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** A x (rows × k), or Aᵀ x (cols × k) when transposed; x and the result row-major with k columns. */
function multiply(a: Csr, x: Float64Array, k: number, transposed: boolean): Float64Array {
  const y = new Float64Array((transposed ? a.cols : a.rows) * k);
  for (let r = 0; r < a.rows; r++) {
    for (let e = a.ptr[r] as number; e < (a.ptr[r + 1] as number); e++) {
      const v = a.val[e] as number;
      const c = (a.idx[e] as number) * k;
      const to = transposed ? c : r * k;
      const from = transposed ? r * k : c;
      for (let j = 0; j < k; j++) y[to + j] = (y[to + j] as number) + v * (x[from + j] as number);
    }
  }
  return y;
}

/** One Cholesky QR pass: x ← x R⁻¹ where RᵀR = xᵀx (plus a tiny ridge for rank-deficient columns). */
function choleskyQr(x: Float64Array, n: number, k: number): void {
  const g = new Float64Array(k * k);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < k; i++) {
      const xi = x[r * k + i] as number;
      if (xi === 0) continue;
      for (let j = i; j < k; j++) g[i * k + j] = (g[i * k + j] as number) + xi * (x[r * k + j] as number);
    }
  }
  // Upper-triangular R with g = RᵀR.
  const rr = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    let d = (g[i * k + i] as number) * (1 + 1e-12) + 1e-300;
    for (let p = 0; p < i; p++) d -= (rr[p * k + i] as number) ** 2;
    const rii = Math.sqrt(Math.max(d, 1e-30));
    rr[i * k + i] = rii;
    for (let j = i + 1; j < k; j++) {
      let s = g[i * k + j] as number;
      for (let p = 0; p < i; p++) s -= (rr[p * k + i] as number) * (rr[p * k + j] as number);
      rr[i * k + j] = s / rii;
    }
  }
  // Each row solves q R = x_row by forward substitution.
  for (let r = 0; r < n; r++) {
    const o = r * k;
    for (let j = 0; j < k; j++) {
      let s = x[o + j] as number;
      for (let p = 0; p < j; p++) s -= (x[o + p] as number) * (rr[p * k + j] as number);
      x[o + j] = s / (rr[j * k + j] as number);
    }
  }
}

function orthonormalize(x: Float64Array, n: number, k: number): Float64Array {
  choleskyQr(x, n, k);
  choleskyQr(x, n, k);
  return x;
}

/** Orthonormal basis (rows × k, row-major) of the top left singular subspace: U up to a rotation. */
export function topSubspace(a: Csr, k: number, iterations: number, seed: number): Float64Array {
  const rand = seededRandom(seed);
  const omega = new Float64Array(a.cols * k);
  for (let i = 0; i < omega.length; i++) omega[i] = rand() - 0.5;
  let q: Float64Array = orthonormalize(multiply(a, omega, k, false), a.rows, k);
  for (let it = 0; it < iterations; it++) {
    const z = orthonormalize(multiply(a, q, k, true), a.cols, k);
    q = orthonormalize(multiply(a, z, k, false), a.rows, k);
  }
  return q;
}
