import { hashString } from './hashing';

/**
 * The companion model: a second, differently-featured linear model whose
 * calibrated score is averaged with the main one's. Its features are binary
 * (present or not) hashed word unigrams and bigrams, the same word hashes the
 * main model computes, plus ClaimBuster-style sentence cues (first and second
 * person, modals, hedging verbs, comparatives and superlatives, past tense,
 * adverbs, numbers, inner capitals, length). At training time each feature is
 * scaled by its naive-Bayes log-count ratio (NB-LR, after Wang & Manning
 * 2012); the ratio folds into the stored weight, so the runtime is a sum of
 * weights over the distinct active buckets. The main model's word pass
 * (features.ts, extractFeatures with `companion`) feeds the tokens and hashes
 * in, so the sentence is tokenized and hashed once.
 */
export interface CompanionHeader {
  /** Weights live in 2^bits buckets. */
  bits: number;
  bias: number;
  /** Weight = int8 value × scale. */
  scale: number;
  count: number;
  /** Platt calibration of this model's decision value. */
  platt: { a: number; b: number };
  /** Share of the companion's probability in the averaged score. */
  weight: number;
}

const CUE_SEED = 0x07137449;

const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'our', 'us', 'mine', 'ours']);
const SECOND_PERSON = new Set(['you', 'your', 'yours']);
const MODALS = new Set(['will', 'would', 'should', 'could', 'can', 'must', 'might', 'may', 'shall', 'ought']);
const HEDGES = new Set([
  'think',
  'believe',
  'feel',
  'hope',
  'maybe',
  'perhaps',
  'probably',
  'want',
  'going',
  'need',
]);
const COMPARATIVES = new Set([
  'more',
  'most',
  'less',
  'least',
  'fewer',
  'fewest',
  'better',
  'best',
  'worse',
  'worst',
  'higher',
  'highest',
  'lower',
  'lowest',
  'largest',
  'biggest',
  'only',
  'first',
  'every',
  'never',
  'ever',
]);
const PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'been',
  'has',
  'have',
  'passed',
  'voted',
  'increased',
  'decreased',
  'cut',
  'raised',
  'lost',
  'created',
]);

/** Word-list membership as bits, one map lookup per token. */
const FIRST = 1;
const SECOND = 2;
const MODAL = 4;
const HEDGE = 8;
const COMPARATIVE = 16;
const PAST_FORM = 32;
const WORD_LISTS: [number, Set<string>][] = [
  [FIRST, FIRST_PERSON],
  [SECOND, SECOND_PERSON],
  [MODAL, MODALS],
  [HEDGE, HEDGES],
  [COMPARATIVE, COMPARATIVES],
  [PAST_FORM, PAST],
];
const LISTED = new Map<string, number>();
for (const [bit, words] of WORD_LISTS) for (const w of words) LISTED.set(w, (LISTED.get(w) ?? 0) | bit);

function lengthBucket(n: number): number {
  if (n < 6) return 0;
  if (n < 12) return 1;
  if (n < 20) return 2;
  return n < 30 ? 3 : 4;
}

/** Cue counts per sentence, in CUE_NAMES order, then the token count. */
const CUE_NAMES = ['p1', 'p2', 'md', 'hd', 'cp', 'ed', 'est', 'er', 'ly', 'num', 'cap'] as const;
const counts = new Int32Array(CUE_NAMES.length + 1);
const TOKENS = CUE_NAMES.length;

function bump(i: number): void {
  counts[i] = (counts[i] as number) + 1;
}

/** Whether `s` (of length n) ends with the two chars a, b. */
function endsWith2(s: string, n: number, a: number, b: number): boolean {
  return s.charCodeAt(n - 2) === a && s.charCodeAt(n - 1) === b;
}

/** Counts one token's cues (`lower` its lower-cased form, `numeric` whether it holds a number). */
function countCues(token: string, lower: string, numeric: boolean): void {
  const listed = LISTED.get(lower) ?? 0;
  if (listed & FIRST) bump(0);
  if (listed & SECOND) bump(1);
  if (listed & MODAL) bump(2);
  if (listed & HEDGE) bump(3);
  if (listed & COMPARATIVE) bump(4);
  const n = lower.length;
  // "ed", "st", "er", "ly" as char codes.
  if (listed & PAST_FORM || (n > 4 && endsWith2(lower, n, 101, 100))) bump(5);
  if (n > 5 && endsWith2(lower, n, 115, 116) && lower.charCodeAt(n - 3) === 101) bump(6);
  if (n > 4 && endsWith2(lower, n, 101, 114)) bump(7);
  if (n > 4 && endsWith2(lower, n, 108, 121)) bump(8);
  if (numeric) bump(9);
  // A capital: the first char changes under lower-casing.
  if (
    (counts[TOKENS] as number) > 0 &&
    !numeric &&
    token.charCodeAt(0) !== lower.charCodeAt(0) &&
    token !== 'I'
  )
    bump(10);
  bump(TOKENS);
}

/** The cue names of the sentence collected since beginCompanionWords, e.g. `p1:1` (one first-person pronoun), `numed` (a number and a past tense). */
export function collectedCueNames(): string[] {
  const cues = CUE_NAMES.map((name, i) => `${name}:${Math.min(counts[i] as number, 3)}`);
  cues.push(`len:${lengthBucket(counts[TOKENS] as number)}`);
  const [p1, p2, modal, , , past] = counts;
  if (p1 && modal) cues.push('p1md');
  if (counts[9] && past) cues.push('numed');
  if (!p1 && !p2 && !modal) cues.push('impersonal');
  return cues;
}

/** The hashes of every cue name, precomputed: `name:value` for value 0..3, `len:0..4`, then the three pairs. */
const CUE_HASHES = Int32Array.from(
  [
    ...CUE_NAMES.flatMap((name) => [0, 1, 2, 3].map((v) => `${name}:${v}`)),
    ...[0, 1, 2, 3, 4].map((v) => `len:${v}`),
    'p1md',
    'numed',
    'impersonal',
  ],
  (c) => hashString(c, CUE_SEED),
);
const LEN_AT = CUE_NAMES.length * 4;

const cueBuckets = new Int32Array(CUE_NAMES.length + 4);

/** The buckets of the cueNames() of the counts, into cueBuckets, without building the names; returns their count. */
function fillCueBuckets(mask: number): number {
  let n = 0;
  for (let i = 0; i < CUE_NAMES.length; i++)
    cueBuckets[n++] = (CUE_HASHES[4 * i + Math.min(counts[i] as number, 3)] as number) & mask;
  cueBuckets[n++] = (CUE_HASHES[LEN_AT + lengthBucket(counts[TOKENS] as number)] as number) & mask;
  const [p1, p2, modal, , , past] = counts;
  if (p1 && modal) cueBuckets[n++] = (CUE_HASHES[LEN_AT + 5] as number) & mask;
  if (counts[9] && past) cueBuckets[n++] = (CUE_HASHES[LEN_AT + 6] as number) & mask;
  if (!p1 && !p2 && !modal) cueBuckets[n++] = (CUE_HASHES[LEN_AT + 7] as number) & mask;
  return n;
}

/** The raw 32-bit word uni/bigram hashes of the current sentence, as the main model's word features compute them. */
let wordHashes = new Int32Array(256);
let hashCount = 0;

/** Starts collecting a sentence's companion features (called by the main word-feature pass). */
export function beginCompanionWords(): void {
  counts.fill(0);
  hashCount = 0;
}

/** Records one word hash (unigram, bigram or the end bigram). */
export function companionHash(h: number): void {
  if (hashCount === wordHashes.length) {
    const grown = new Int32Array(wordHashes.length * 2);
    grown.set(wordHashes);
    wordHashes = grown;
  }
  wordHashes[hashCount++] = h;
}

/** Records one token's cues: `feature` is its word feature (lower-cased, or a number kind starting with "<"). */
export function companionToken(token: string, feature: string): void {
  countCues(token, feature, feature.charCodeAt(0) === 60);
}

let buckets = new Int32Array(256);
/**
 * A small open-addressing set of the sentence's buckets, its slots stamped
 * with a generation so that clearing is free: it stays in the CPU cache,
 * unlike a stamp per bucket.
 */
let slots = new Int32Array(256);
let stamps = new Uint16Array(256);
let generation = 0;

/** Starts an empty set for up to `n` buckets. */
function resetSet(n: number): void {
  if (slots.length < 2 * n) {
    let size = slots.length;
    while (size < 2 * n) size *= 2;
    slots = new Int32Array(size);
    stamps = new Uint16Array(size);
    generation = 0;
  }
  if (++generation === 0x10000) {
    stamps.fill(0);
    generation = 1;
  }
}

/** Adds bucket `b` to the set; false when it was there already. */
function addToSet(b: number): boolean {
  const mask = slots.length - 1;
  let i = Math.imul(b, 0x9e3779b1) >>> 16;
  for (;;) {
    i &= mask;
    if (stamps[i] !== generation) {
      stamps[i] = generation;
      slots[i] = b;
      return true;
    }
    if (slots[i] === b) return false;
    i++;
  }
}

/** The distinct active buckets of the sentence collected since beginCompanionWords, in first-seen order: word uni/bigrams with boundaries, and cues. Valid until the next call. */
export function companionBuckets(bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  const cues = fillCueBuckets(mask);
  resetSet(hashCount + cues);
  if (buckets.length < hashCount + cues) buckets = new Int32Array(2 * (hashCount + cues));
  let n = 0;
  for (let i = 0; i < hashCount + cues; i++) {
    const b = i < hashCount ? (wordHashes[i] as number) & mask : (cueBuckets[i - hashCount] as number);
    if (addToSet(b)) buckets[n++] = b;
  }
  return buckets.subarray(0, n);
}

/** The companion's raw decision value for the sentence collected since beginCompanionWords: its bias plus the weights of the distinct buckets (as companionBuckets, without listing them). */
export function companionDecision(bits: number, weights: Float32Array, bias: number): number {
  const mask = (1 << bits) - 1;
  const cues = fillCueBuckets(mask);
  resetSet(hashCount + cues);
  let z = bias;
  for (let i = 0; i < hashCount; i++) {
    const b = (wordHashes[i] as number) & mask;
    if (addToSet(b)) z += weights[b] as number;
  }
  for (let i = 0; i < cues; i++) {
    const b = cueBuckets[i] as number;
    if (addToSet(b)) z += weights[b] as number;
  }
  return z;
}
