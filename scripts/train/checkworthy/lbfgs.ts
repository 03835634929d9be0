/**
 * Limited-memory BFGS with a backtracking (Armijo) line search. Hand-written:
 * the npm optimizers and logistic-regression packages take dense matrices,
 * and this objective lives on 2^20 hashed sparse features.
 */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

export function minimize(
  f: Objective,
  x0: Float64Array,
  { maxIter = 200, memory = 8, tol = 1e-6 }: { maxIter?: number; memory?: number; tol?: number } = {},
): Float64Array {
  const n = x0.length;
  const x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let fx = f(x, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const rhos: number[] = [];
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  for (let iter = 0; iter < maxIter; iter++) {
    // Two-loop recursion: d = -H g.
    d.set(g);
    const alphas: number[] = [];
    for (let j = ss.length - 1; j >= 0; j--) {
      const a = (rhos[j] as number) * dot(ss[j] as Float64Array, d);
      alphas[j] = a;
      const y = ys[j] as Float64Array;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) - a * (y[i] as number);
    }
    const last = ss.length - 1;
    const gamma =
      last >= 0
        ? dot(ss[last] as Float64Array, ys[last] as Float64Array) /
          dot(ys[last] as Float64Array, ys[last] as Float64Array)
        : 1 / Math.sqrt(dot(g, g));
    for (let i = 0; i < n; i++) d[i] = (d[i] as number) * gamma;
    for (let j = 0; j < ss.length; j++) {
      const b = (rhos[j] as number) * dot(ys[j] as Float64Array, d);
      const s = ss[j] as Float64Array;
      const coef = (alphas[j] as number) - b;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) + coef * (s[i] as number);
    }
    for (let i = 0; i < n; i++) d[i] = -(d[i] as number);
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: restart from steepest descent.
      ss.length = 0;
      ys.length = 0;
      rhos.length = 0;
      for (let i = 0; i < n; i++) d[i] = -(g[i] as number);
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      y[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      ss.push(s);
      ys.push(y);
      rhos.push(1 / sy);
      if (ss.length > memory) {
        ss.shift();
        ys.shift();
        rhos.shift();
      }
    }
    x.set(xNew);
    [g, gNew] = [gNew, g];
    const improvement = (fx - fNew) / Math.max(1, Math.abs(fx));
    fx = fNew;
    if (improvement < tol) break;
  }
  return x;
}
