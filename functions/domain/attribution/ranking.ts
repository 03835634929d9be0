import * as sparse from '../lookup/sparse-index';

// bound once: under tsx, imported bindings are getters, too slow for per-candidate loops
const { rowOf } = sparse;

/** Weights of a linear ranker of candidate spans: one per hashed feature. */
export interface RankWeights {
  /** Dense weights while training (empty once `stored` holds them). */
  dense: Float32Array;
  stored?: sparse.SparseIndex & { values: Int8Array; scale: number };
}

/** Sum of the weights of `count` feature ids from `at`. */
export function rankScore(weights: RankWeights, feats: Uint32Array, at: number, count: number): number {
  const { stored, dense } = weights;
  if (stored) {
    let acc = 0;
    for (let k = at; k < at + count; k++) {
      const row = rowOf(stored, feats[k] as number);
      if (row >= 0) acc += stored.values[row] as number;
    }
    return acc * stored.scale;
  }
  let sum = 0;
  for (let k = at; k < at + count; k++) sum += dense[feats[k] as number] as number;
  return sum;
}
