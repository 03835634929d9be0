import type { SortedKeyRows } from '../lookup/sorted-keys';
import { FNV_OFFSET, hashString } from './hashing';

/**
 * What the model knows about words from unlabeled text (learned at training
 * time from word vectors over news, fact-checked claims and debate text):
 * each word's cluster at a few granularities, and its affinity, the trained
 * weight vector of the sentence's mean word vector folded into one number
 * per word (w·mean(v) = mean(w·v), so the vectors themselves need not ship).
 * Words are known by a 32-bit hash, the one the word features compute anyway:
 * no word list ships, and a lookup costs no extra hashing.
 */
export interface WordLexicon {
  /** wordKey(word feature) → row: a Map when built, the sorted keys in place when loaded from a model. */
  index: Map<number, number> | SortedKeyRows;
  /** Cluster counts per level, coarse to fine. */
  levels: number[];
  /** Per level, the cluster of each row. */
  clusters: Uint16Array[];
  /** Per row, the word's contribution to the decision value (averaged over the sentence's known words). */
  affinity: Float32Array;
}

/** The key of a word feature (as `wordFeature` spells it): its unsigned FNV-1a hash. */
export function wordKey(word: string): number {
  return hashString(word, FNV_OFFSET) >>> 0;
}

/** A lexicon whose row i is the word with key keys[i]. */
export function createLexicon(
  keys: ArrayLike<number>,
  levels: number[],
  clusters: Uint16Array[],
  affinity = new Float32Array(keys.length),
): WordLexicon {
  const index = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i] as number, i);
  return { index, levels, clusters, affinity };
}

/** The row of a word, if the lexicon knows it. */
export function lexiconRow(lexicon: WordLexicon, word: string): number | undefined {
  return lexicon.index.get(wordKey(word));
}
