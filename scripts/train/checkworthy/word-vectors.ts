import { buildVocabulary, type CooccurrenceOptions, ppmiMatrix } from './cooccurrence';
import { topSubspace } from './subspace';

export interface WordVectorOptions extends CooccurrenceOptions {
  dims: number;
  /** Power iterations of the randomized SVD. */
  iterations: number;
  seed: number;
}

export interface WordVectors {
  /** Most frequent first. */
  words: string[];
  dims: number;
  /** Unit-length rows, words × dims. */
  vectors: Float32Array;
}

/** PPMI-SVD word vectors (the U of a truncated SVD, rows scaled to unit length). */
export function learnWordVectors(sentences: readonly string[][], opts: WordVectorOptions): WordVectors {
  const words = buildVocabulary(sentences, opts);
  const dims = Math.min(opts.dims, words.length);
  const left = topSubspace(ppmiMatrix(sentences, words, opts), dims, opts.iterations, opts.seed);
  const vectors = new Float32Array(words.length * dims);
  for (let r = 0; r < words.length; r++) {
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += (left[r * dims + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dims; j++) vectors[r * dims + j] = (left[r * dims + j] as number) / norm;
  }
  return { words, dims, vectors };
}
