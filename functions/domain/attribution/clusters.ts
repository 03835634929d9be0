import type { ClusterIds } from '../ner/features';
import { loadNerTagger } from '../ner/index';
import { isPlainWord, normalizeToken, wordKey } from '../ner/tokens';
import { hashString, mix } from './hash';

/**
 * Word clusters borrowed from the NER model (induced there from unlabeled
 * news): cue verbs, role nouns and time words too rare in PolNeAR to get
 * weights of their own share a cluster with ones that have. They cost the
 * attribution model nothing in size, but tie it to the NER model's clusters:
 * the fingerprint in the attribution model must match at load.
 */
export interface WordClusters {
  /** Word key (NER's: lower case, digits as 0) to its cluster id per level, coarse to fine. */
  map: ClusterIds;
  levels: number;
}

/** Cluster ids reserved for padding beyond the sequence and for unknown words. */
export const PAD_CLUSTER = 0xfffe;
export const NO_CLUSTER = 0xffff;

let loaded: WordClusters | null = null;

/** The NER model's clusters, decoded once per process. */
export function nerClusters(): WordClusters {
  if (!loaded) {
    const clusters = loadNerTagger().clusters;
    loaded = clusters ? { map: clusters.map, levels: clusters.levels } : { map: new Map(), levels: 0 };
  }
  return loaded;
}

/**
 * The NER model's key of a token: its normalised, lower-cased form with
 * digits as 0. Plain ASCII words (most tokens) skip the normalisation's
 * regular expressions: their key is just their lower case.
 */
export function clusterKey(token: string, lower: string): string {
  return isPlainWord(token) ? lower : wordKey(normalizeToken(token));
}

/** A hash of every word's ids, so a model trained on other clusters is refused. */
export function clusterFingerprint(c: WordClusters): number {
  let h = mix(0x1234567, c.levels);
  // indexed loops: this runs once, at cold start, where iterators are slow
  const words = [...c.map.keys()].sort();
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    h = mix(h, hashString(word));
    const ids = c.map.get(word) as Uint16Array;
    for (let i = 0; i < ids.length; i++) h = mix(h, ids[i] as number);
  }
  return h >>> 0;
}
