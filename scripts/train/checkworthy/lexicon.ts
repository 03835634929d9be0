import { wordTokens } from '../../../functions/domain/checkworthiness/features';
import {
  createLexicon,
  lexiconRow,
  type WordLexicon,
  wordKey,
} from '../../../functions/domain/checkworthiness/lexicon';
import { sphericalKmeans } from './clusters';
import type { RowVectors } from './convnet';
import type { WordVectors } from './word-vectors';

/** A lexicon of every vector's word with its clusters at each level; affinities come later, from the trained weights. */
export function clusterLexicon(wv: WordVectors, levels: number[], iterations: number): WordLexicon {
  const n = wv.words.length;
  const kept = levels.map((k) => Math.min(k, n));
  const clusters = kept.map((k) => sphericalKmeans(wv.vectors, n, wv.dims, k, iterations));
  return createLexicon(Uint32Array.from(wv.words, wordKey), kept, clusters);
}

/** Each sentence's mean word vector over the words the lexicon knows (zero when none): the dense training features. */
export function meanVectors(
  sentences: readonly string[],
  lexicon: WordLexicon,
  wv: WordVectors,
): Float32Array[] {
  return sentences.map((s) => {
    const mean = new Float32Array(wv.dims);
    let known = 0;
    for (const w of wordTokens(s)) {
      const row = lexiconRow(lexicon, w);
      if (row === undefined) continue;
      known++;
      for (let j = 0; j < wv.dims; j++)
        mean[j] = (mean[j] as number) + (wv.vectors[row * wv.dims + j] as number);
    }
    if (known) for (let j = 0; j < wv.dims; j++) mean[j] = (mean[j] as number) / known;
    return mean;
  });
}

/** Folds the trained weights of the mean-vector features into one affinity per word: w·mean(v) = mean(w·v). */
export function foldAffinity(
  lexicon: WordLexicon,
  wv: WordVectors,
  denseWeights: ArrayLike<number>,
): WordLexicon {
  const affinity = new Float32Array(wv.words.length);
  for (let r = 0; r < wv.words.length; r++) {
    let s = 0;
    for (let j = 0; j < wv.dims; j++)
      s += (denseWeights[j] as number) * (wv.vectors[r * wv.dims + j] as number);
    affinity[r] = s;
  }
  return { ...lexicon, affinity };
}

/**
 * Each row's learned vector followed by its pretrained one (zeros where there
 * is none): the mean of both over a sentence's known words is still one
 * affinity per word once the weights fold in, so pretrained vectors inform the
 * main model at no cost in model size or scoring time.
 */
export function withPretrained(wv: WordVectors, pretrained: RowVectors): WordVectors {
  const rows = wv.words.length;
  if (pretrained.vectors.length !== rows * pretrained.dims)
    throw new Error(
      `pretrained vectors: ${pretrained.vectors.length / pretrained.dims} rows for ${rows} words`,
    );
  const dims = wv.dims + pretrained.dims;
  const vectors = new Float32Array(rows * dims);
  for (let r = 0; r < rows; r++) {
    vectors.set(wv.vectors.subarray(r * wv.dims, (r + 1) * wv.dims), r * dims);
    vectors.set(
      pretrained.vectors.subarray(r * pretrained.dims, (r + 1) * pretrained.dims),
      r * dims + wv.dims,
    );
  }
  return { words: wv.words, dims, vectors };
}
