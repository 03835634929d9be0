/**
 * Word–context co-occurrence within a symmetric window (weighted 1/distance),
 * turned into positive pointwise mutual information with context-distribution
 * smoothing (Levy, Goldberg & Dagan 2015). Rows are the vocabulary, columns
 * its `contexts` most frequent words.
 */
export interface CooccurrenceOptions {
  minCount: number;
  maxVocab: number;
  contexts: number;
  window: number;
  /** Exponent smoothing the context distribution (0.75 in word2vec). */
  alpha: number;
}

/** A sparse matrix in compressed sparse row form. */
export interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float64Array;
}

/** The vocabulary: words seen at least minCount times, most frequent first (ties alphabetical, for reproducibility). */
export function buildVocabulary(sentences: readonly string[][], opts: CooccurrenceOptions): string[] {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  return [...freq.entries()]
    .filter(([, c]) => c >= opts.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opts.maxVocab)
    .map(([w]) => w);
}

function countPairs(sentences: readonly string[][], vocab: string[], opts: CooccurrenceOptions): Csr {
  const id = new Map(vocab.map((w, i) => [w, i]));
  const cols = Math.min(opts.contexts, vocab.length);
  const counts = new Map<number, number>();
  for (const s of sentences) {
    const ids = s.map((w) => id.get(w) ?? -1);
    ids.forEach((w, i) => {
      if (w < 0) return;
      for (let d = 1; d <= opts.window; d++) {
        for (const c of [ids[i - d], ids[i + d]]) {
          if (c === undefined || c < 0 || c >= cols) continue;
          const key = w * cols + c;
          counts.set(key, (counts.get(key) ?? 0) + 1 / d);
        }
      }
    });
  }
  const keys = Float64Array.from(counts.keys()).sort();
  const ptr = new Int32Array(vocab.length + 1);
  const idx = new Int32Array(keys.length);
  const val = new Float64Array(keys.length);
  keys.forEach((key, e) => {
    const row = Math.floor(key / cols);
    idx[e] = key - row * cols;
    val[e] = counts.get(key) as number;
    ptr[row + 1] = (ptr[row + 1] as number) + 1;
  });
  for (let r = 0; r < vocab.length; r++) ptr[r + 1] = (ptr[r + 1] as number) + (ptr[r] as number);
  return { rows: vocab.length, cols, ptr, idx, val };
}

/** The PPMI matrix of `vocab` against its most frequent words. */
export function ppmiMatrix(sentences: readonly string[][], vocab: string[], opts: CooccurrenceOptions): Csr {
  const m = countPairs(sentences, vocab, opts);
  const rowSum = new Float64Array(m.rows);
  const colSum = new Float64Array(m.cols);
  for (let r = 0; r < m.rows; r++) {
    for (let e = m.ptr[r] as number; e < (m.ptr[r + 1] as number); e++) {
      const v = m.val[e] as number;
      rowSum[r] = (rowSum[r] as number) + v;
      colSum[m.idx[e] as number] = (colSum[m.idx[e] as number] as number) + v;
    }
  }
  let smoothed = 0;
  for (const c of colSum) smoothed += c ** opts.alpha;
  for (let r = 0; r < m.rows; r++) {
    for (let e = m.ptr[r] as number; e < (m.ptr[r + 1] as number); e++) {
      const pc = (colSum[m.idx[e] as number] as number) ** opts.alpha / smoothed;
      const pmi = Math.log((m.val[e] as number) / ((rowSum[r] as number) * pc));
      m.val[e] = Math.max(0, pmi);
    }
  }
  return m;
}
