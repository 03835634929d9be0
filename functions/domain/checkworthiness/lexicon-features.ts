import type { FeatureVector } from './feature-vector';
import type { FeatureConfig } from './features';
import { mixHashes } from './hashing';
import type { WordLexicon } from './lexicon';

const CLUSTER_SEED = 0x510e527f;

/**
 * Word-cluster unigrams and bigrams at every level (an unknown word is its
 * level's extra cluster; sentence boundaries count in bigrams), scaled to unit
 * L2 norm times config.clusterScale; and the sentence's affinity, the mean
 * affinity of its known words. Clusters carry n-gram evidence over to words
 * the labelled data never had.
 */
export function lexiconFeatures(
  rows: Int32Array,
  words: number,
  lexicon: WordLexicon,
  config: FeatureConfig,
  out: FeatureVector,
): void {
  const from = out.length;
  const mask = (1 << config.bits) - 1;
  for (let level = 0; level < lexicon.levels.length; level++) {
    const clusters = lexicon.clusters[level] as Uint16Array;
    const unknown = lexicon.levels[level] as number;
    const seed = CLUSTER_SEED ^ (level << 24);
    let prev = unknown + 1;
    for (let i = 0; i < words; i++) {
      const row = rows[i] as number;
      const c = row < 0 ? unknown : (clusters[row] as number);
      out.push(mixHashes(seed, c) & mask, 1);
      out.push(mixHashes(seed ^ prev, c + 0x10000) & mask, 1);
      prev = c;
    }
    out.push(mixHashes(seed ^ prev, unknown + 0x10002) & mask, 1);
  }
  out.normalizeFrom(from, config.clusterScale);
  let sum = 0;
  let known = 0;
  for (let i = 0; i < words; i++) {
    const row = rows[i] as number;
    if (row < 0) continue;
    sum += lexicon.affinity[row] as number;
    known++;
  }
  out.affinity = known ? sum / known : 0;
}
