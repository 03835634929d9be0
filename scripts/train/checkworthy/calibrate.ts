/**
 * Platt scaling: fits p = sigmoid(a·z + b) to labels by Newton's method on
 * the log loss, with Platt's smoothed targets so separable data stays finite.
 */
export function fitPlatt(z: ArrayLike<number>, labels: number[]): { a: number; b: number } {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < labels.length; i++) {
      const x = z[i] as number;
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const d = p - (labels[i] === 1 ? hi : lo);
      const w = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
