/**
 * Word clusters: spherical k-means over unit word vectors, seeded with the K
 * most frequent words (rows are in frequency order), so the result depends on
 * nothing random. Cluster ids generalise n-grams across similar words.
 */
export function sphericalKmeans(
  x: Float32Array,
  rows: number,
  dims: number,
  k: number,
  iterations: number,
): Uint16Array {
  const centroids = x.slice(0, k * dims);
  const assign = new Uint16Array(rows);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let r = 0; r < rows; r++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < dims; j++) s += (x[r * dims + j] as number) * (centroids[c * dims + j] as number);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (assign[r] !== arg) moved++;
      assign[r] = arg;
    }
    centroids.fill(0);
    for (let r = 0; r < rows; r++) {
      const o = (assign[r] as number) * dims;
      for (let j = 0; j < dims; j++)
        centroids[o + j] = (centroids[o + j] as number) + (x[r * dims + j] as number);
    }
    for (let c = 0; c < k; c++) {
      let n = 0;
      for (let j = 0; j < dims; j++) n += (centroids[c * dims + j] as number) ** 2;
      n = Math.sqrt(n) || 1;
      for (let j = 0; j < dims; j++) centroids[c * dims + j] = (centroids[c * dims + j] as number) / n;
    }
    if (it > 0 && moved < rows * 0.001) break;
  }
  return assign;
}
