import { FeatureVector } from '../../../functions/domain/checkworthiness/feature-vector';
import { extractFeatures, type FeatureConfig } from '../../../functions/domain/checkworthiness/features';
import type { WordLexicon } from '../../../functions/domain/checkworthiness/lexicon';

/** Sentences as a compressed sparse row matrix of hashed features. */
export interface SparseRows {
  rowPtr: Int32Array;
  idx: Int32Array;
  val: Float32Array;
  rows: number;
}

/**
 * The runtime's sparse features of each sentence (with the lexicon's cluster
 * features) and, when given, dense columns after the 2^bits hashed ones (the
 * mean word vectors, whose weights fold into affinities after training).
 */
export function featurize(
  sentences: string[],
  config: FeatureConfig,
  lexicon?: WordLexicon,
  dense?: Float32Array[],
): SparseRows {
  const buf = new FeatureVector();
  const rowPtr = new Int32Array(sentences.length + 1);
  const idxParts: Int32Array[] = [];
  const valParts: Float32Array[] = [];
  let total = 0;
  sentences.forEach((s, i) => {
    extractFeatures(s, config, buf, lexicon);
    for (const [j, v] of (dense?.[i] ?? []).entries()) buf.push((1 << config.bits) + j, v);
    idxParts.push(buf.idx.slice(0, buf.length));
    valParts.push(buf.val.slice(0, buf.length));
    total += buf.length;
    rowPtr[i + 1] = total;
  });
  const idx = new Int32Array(total);
  const val = new Float32Array(total);
  idxParts.forEach((part, i) => {
    idx.set(part, rowPtr[i]);
    val.set(valParts[i] as Float32Array, rowPtr[i]);
  });
  return { rowPtr, idx, val, rows: sentences.length };
}

/** The rows at `which`, as a new matrix. */
export function selectRows(m: SparseRows, which: number[]): SparseRows {
  const rowPtr = new Int32Array(which.length + 1);
  let total = 0;
  which.forEach((r, i) => {
    total += (m.rowPtr[r + 1] as number) - (m.rowPtr[r] as number);
    rowPtr[i + 1] = total;
  });
  const idx = new Int32Array(total);
  const val = new Float32Array(total);
  which.forEach((r, i) => {
    const a = m.rowPtr[r] as number;
    const b = m.rowPtr[r + 1] as number;
    idx.set(m.idx.subarray(a, b), rowPtr[i]);
    val.set(m.val.subarray(a, b), rowPtr[i]);
  });
  return { rowPtr, idx, val, rows: which.length };
}

/** Decision values w·x + bias for every row. */
export function decisions(m: SparseRows, weights: ArrayLike<number>, bias: number): Float64Array {
  const out = new Float64Array(m.rows);
  for (let r = 0; r < m.rows; r++) {
    let z = bias;
    for (let k = m.rowPtr[r] as number; k < (m.rowPtr[r + 1] as number); k++) {
      z += (weights[m.idx[k] as number] as number) * (m.val[k] as number);
    }
    out[r] = z;
  }
  return out;
}
