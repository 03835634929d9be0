import { isOpinion } from './assertions';
import {
  beginCompanionWords,
  collectedCueNames,
  companionBuckets,
  companionHash,
  companionToken,
} from './companion';
import { FeatureVector } from './feature-vector';
import { FNV_OFFSET, FNV_PRIME, hashString, mixHashes } from './hashing';
import type { WordLexicon } from './lexicon';
import { lexiconFeatures } from './lexicon-features';
import { findQuantities } from './quantities';

/**
 * Hashed sparse features of a sentence: word uni/bigrams (numbers reduced to
 * their kind), character n-grams, and cheap cue flags (quantity kinds,
 * opinion, question, length, capitalized names); with a word lexicon, word
 * cluster uni/bigrams and the mean word affinity too. Hashing keeps the
 * runtime a typed-array lookup. Each group is scaled to unit L2 norm times its
 * group weight, so long sentences do not dominate.
 */
export interface FeatureConfig {
  /** Weights live in 2^bits buckets. */
  bits: number;
  charMin: number;
  charMax: number;
  wordScale: number;
  /** Weight of the character n-gram group; 0 leaves the group out (no time spent on it). */
  charScale: number;
  cueScale: number;
  /** Weight of the word-cluster group (used only with a lexicon). */
  clusterScale: number;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  bits: 18,
  charMin: 2,
  charMax: 5,
  wordScale: 1,
  // Character n-grams: 0, off. Cross-validation scored them no better than without, at about 40 % of the scorer's time.
  charScale: 0,
  cueScale: 1,
  clusterScale: 1,
};

// Local copies: module imports can compile to getters, too slow in the n-gram loop.
const PRIME = FNV_PRIME;
const WORD_SEED = FNV_OFFSET;
const BIGRAM_SEED = 0x2545f491;
const CHAR_SEED = 0x6a09e667;
const CUE_SEED = 0x3c6ef372;
const BOS = hashString('<s>', WORD_SEED);
const EOS = hashString('</s>', WORD_SEED);

const WORD_RE = /\p{L}+(?:['’]\p{L}+)*|[$£€]?\d+(?:[.,:/]\d+)*%?|[?!$%]/gu;

/** A word token as a feature: lower-cased, with numbers replaced by their shape. */
export function wordFeature(token: string): string {
  const c = token.charCodeAt(0);
  const numeric = (c >= 48 && c <= 57) || (token.length > 1 && /\d/.test(token));
  if (!numeric) return token.toLowerCase();
  if (/^[$£€]/.test(token)) return '<money>';
  if (token.endsWith('%')) return '<percent>';
  if (/^(?:1[6-9]|20)\d\d$/.test(token)) return '<year>';
  return token.length > 2 ? '<num:long>' : '<num>';
}

/** The word features of a sentence, in order (also the unit the word vectors are learned on). */
export function wordTokens(sentence: string): string[] {
  return Array.from(sentence.matchAll(WORD_RE), (m) => wordFeature(m[0]));
}

/** Lexicon rows of the sentence's words (-1: unknown), filled by wordFeatures when a lexicon is given. */
let rows = new Int32Array(256);

/** The lexicon rows of the last sentence's words (the first FeatureVector.words of them), as extractFeatures with a lexicon found them; valid until the next call. */
export function wordRows(): Int32Array {
  return rows;
}

/** Word unigrams and bigrams (with sentence boundaries); returns the word count. */
function wordFeatures(
  sentence: string,
  config: FeatureConfig,
  out: FeatureVector,
  lexicon?: WordLexicon,
  companion = false,
): number {
  const from = out.length;
  const mask = (1 << config.bits) - 1;
  let prev = BOS;
  let words = 0;
  if (companion) beginCompanionWords();
  for (const m of sentence.matchAll(WORD_RE)) {
    const feature = wordFeature(m[0]);
    // WORD_SEED is FNV_OFFSET, so h >>> 0 is also the word's lexicon key.
    const h = hashString(feature, WORD_SEED);
    const bigram = mixHashes(prev, h ^ BIGRAM_SEED);
    if (companion) {
      companionToken(m[0], feature);
      companionHash(h);
      companionHash(bigram);
    }
    if (lexicon) {
      if (words === rows.length) {
        const grown = new Int32Array(rows.length * 2);
        grown.set(rows);
        rows = grown;
      }
      rows[words] = lexicon.index.get(h >>> 0) ?? -1;
    }
    out.push(h & mask, 1);
    out.push(bigram & mask, 1);
    prev = h;
    words++;
  }
  const end = mixHashes(prev, EOS ^ BIGRAM_SEED);
  out.push(end & mask, 1);
  if (companion) companionHash(end);
  out.normalizeFrom(from, config.wordScale);
  return words;
}

let codes = new Uint16Array(1024);

/** Lower-cased char codes with digits folded to 0 and white space collapsed, padded with a space each side. */
function charCodes(sentence: string): number {
  const lowered = sentence.toLowerCase();
  if (codes.length < lowered.length + 2) codes = new Uint16Array(lowered.length * 2 + 2);
  let n = 0;
  codes[n++] = 32;
  for (let i = 0; i < lowered.length; i++) {
    let c = lowered.charCodeAt(i);
    if (c >= 48 && c <= 57) c = 48;
    else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) {
      if (codes[n - 1] === 32) continue;
      c = 32;
    }
    codes[n++] = c;
  }
  if (codes[n - 1] !== 32) codes[n++] = 32;
  return n;
}

/** Character n-grams, hashed incrementally without building substrings. */
function charFeatures(sentence: string, config: FeatureConfig, out: FeatureVector): void {
  const from = out.length;
  const mask = (1 << config.bits) - 1;
  const n = charCodes(sentence);
  for (let i = 0; i < n; i++) {
    let h = CHAR_SEED;
    const end = Math.min(n, i + config.charMax);
    for (let j = i; j < end; j++) {
      h = Math.imul(h ^ (codes[j] as number), PRIME);
      const len = j - i + 1;
      if (len >= config.charMin) out.push((h ^ (len << 24)) & mask, 1);
    }
  }
  out.normalizeFrom(from, config.charScale);
}

const QUESTION_RE = /\?\s*["”’')\]]*\s*$/;
/** A capitalized word after the first, other than "I": a name, usually. */
const INNER_CAPITAL_RE = /(?<=\s["“(]?)(?!I\b|I['’])\p{Lu}/gu;
const ACRONYM_RE = /\b\p{Lu}{2,}\b|(?:\p{Lu}\.){2,}/u;

function lengthBucket(words: number): string {
  if (words < 5) return 'len:<5';
  if (words < 10) return 'len:<10';
  if (words < 20) return 'len:<20';
  if (words < 35) return 'len:<35';
  return 'len:35+';
}

function cueFeatures(sentence: string, words: number, config: FeatureConfig, out: FeatureVector): void {
  const from = out.length;
  const mask = (1 << config.bits) - 1;
  const cues = new Set<string>([lengthBucket(words)]);
  for (const q of findQuantities(sentence)) cues.add(`q:${q.kind}`);
  if (isOpinion(sentence)) cues.add('opinion');
  if (QUESTION_RE.test(sentence)) cues.add('question');
  if (ACRONYM_RE.test(sentence)) cues.add('acronym');
  let capitals = 0;
  for (const _ of sentence.matchAll(INNER_CAPITAL_RE)) capitals++;
  cues.add(`capitals:${Math.min(capitals, 4)}`);
  for (const c of cues) out.push(hashString(c, CUE_SEED) & mask, 1);
  out.normalizeFrom(from, config.cueScale);
}

/**
 * Clears `out` and fills it with the features of `sentence` (and its
 * affinity, given a lexicon); with `companion`, the same word pass also
 * collects the companion model's word hashes and cues (see companion.ts).
 */
export function extractFeatures(
  sentence: string,
  config: FeatureConfig,
  out: FeatureVector,
  lexicon?: WordLexicon,
  companion = false,
): FeatureVector {
  out.length = 0;
  out.affinity = 0;
  const words = wordFeatures(sentence, config, out, lexicon, companion);
  out.words = words;
  if (config.charScale !== 0) charFeatures(sentence, config, out);
  cueFeatures(sentence, words, config, out);
  if (lexicon) lexiconFeatures(rows, words, lexicon, config, out);
  return out;
}

const scratch = new FeatureVector();

/** The companion model's distinct active buckets of a sentence, ascending (valid until the next call); the runtime gets them from its one feature pass instead. */
export function companionFeatures(sentence: string, bits: number): Int32Array {
  extractFeatures(sentence, DEFAULT_FEATURES, scratch, undefined, true);
  return companionBuckets(bits).slice().sort();
}

/** ClaimBuster-style cues of a sentence, as the companion model sees them: pronouns, modals, hedges, comparatives, past tense, suffixes, numbers, inner capitals, length. */
export function claimCues(sentence: string): string[] {
  extractFeatures(sentence, DEFAULT_FEATURES, scratch, undefined, true);
  return collectedCueNames();
}
