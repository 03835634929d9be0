import type { Token } from '../text/tokenize';
import { clusterKey, NO_CLUSTER, PAD_CLUSTER, type WordClusters } from './clusters';
import * as hashing from './hash';
import { CLOSING, INSIDE, OPENING, quoteStates } from './quotes';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { finish, hashString, mix } = hashing;

const SUFFIX_SEED = 0x2545f491;
const PREFIX_SEED = 0x9e3779b9;

/** A paragraph's tokens and the sentence (0-based within the paragraph) each belongs to. */
export interface Sequence {
  tokens: Token[];
  sentence: Int32Array;
}

/** Cue-likeness of a lower-cased word, 1 (weak) to 4 (strong); absent means never a cue in training. */
export type CueLexicon = Map<string, number>;

/** Part-of-speech-like class (1..) of a lower-cased word; absent means unknown. */
export type WordClasses = Map<string, number>;

/** Cue-likeness at or above which a word anchors the distance features. */
const ANCHOR = 2;

function shapeOf(text: string): number {
  const c = text[0] as string;
  if (/\p{L}/u.test(c)) {
    if (!/\p{Lu}/u.test(c)) return 0;
    return text.length > 1 && text === text.toUpperCase() ? 2 : 1;
  }
  if (/\d/.test(c)) return 3;
  switch (text) {
    case ',':
      return 5;
    case '.':
    case '!':
    case '?':
      return 6;
    case ':':
      return 7;
    case ';':
      return 8;
    case '(':
    case ')':
    case '[':
    case ']':
      return 10;
    default:
      return /^(?:-+|—|–)$/.test(text) ? 9 : 11;
  }
}

/** Token distance in 7 classes: none, 1, 2, 3, 4-6, 7-12, more. */
export function distanceBucket(d: number): number {
  if (d <= 0) return 0;
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  return 6;
}

/** Number of feature templates: every token gets exactly this many feature ids. */
export const TEMPLATES = 54;
const SCRATCH = new Int32Array(TEMPLATES);

/** Per-token facts every feature set draws on; word, shape and cue arrays are padded by 2 on each side. */
export interface TokenInfo {
  n: number;
  w: Int32Array;
  shape: Int32Array;
  cue: Int32Array;
  /** Word class, padded like `w`. */
  cls: Int32Array;
  /** Word cluster ids, coarse, middle and fine, padded like `w`. */
  c1: Int32Array;
  c2: Int32Array;
  c3: Int32Array;
  /** Entity tags (see entities.ts), padded like `w`. */
  ent: Int32Array;
  suffix: Int32Array;
  prefix: Int32Array;
  q: Uint8Array;
  /** Nearest cue-like token left and right within the sentence, or -1. */
  left: Int32Array;
  right: Int32Array;
  sentFirst: Int32Array;
  sentLast: Int32Array;
  sentQuoted: Uint8Array;
  /** Whether the paragraph opens with a quote, and its strongest cue word. */
  paraShape: number;
}

/**
 * What a token's own text tells, in the order describeTokens reads it: word
 * hash, shape, cue-likeness, class, three cluster ids, suffix and prefix hashes.
 */
function wordFacts(t: string, lexicon: CueLexicon, classes: WordClasses, clusters: WordClusters): Int32Array {
  const lower = t.toLowerCase();
  const ids = clusters.map.get(clusterKey(t, lower));
  return Int32Array.of(
    hashString(lower),
    shapeOf(t),
    lexicon.get(lower) ?? 0,
    classes.get(lower) ?? 0,
    ids ? (ids[0] as number) : NO_CLUSTER,
    ids ? (ids[1] as number) : NO_CLUSTER,
    ids ? (ids[2] as number) : NO_CLUSTER,
    hashString(lower, lower.length - 3, lower.length, SUFFIX_SEED),
    hashString(lower, 0, Math.min(4, lower.length), PREFIX_SEED),
  );
}

/** Word facts by token text, one memo per model (keyed by its lexicon): most tokens of news are words seen before. */
const memos = new WeakMap<CueLexicon, Map<string, Int32Array>>();
const MEMO_LIMIT = 200_000;

function memoOf(lexicon: CueLexicon): Map<string, Int32Array> {
  let memo = memos.get(lexicon);
  if (!memo) {
    memo = new Map();
    memos.set(lexicon, memo);
  }
  return memo;
}

export function describeTokens(
  text: string,
  seq: Sequence,
  lexicon: CueLexicon,
  classes: WordClasses,
  clusters: WordClusters,
  ent: Int32Array,
  states?: Uint8Array,
): TokenInfo {
  const { tokens, sentence } = seq;
  const n = tokens.length;
  const c1 = new Int32Array(n + 4).fill(PAD_CLUSTER);
  const c2 = new Int32Array(n + 4).fill(PAD_CLUSTER);
  const c3 = new Int32Array(n + 4).fill(PAD_CLUSTER);
  const w = new Int32Array(n + 4);
  const shape = new Int32Array(n + 4).fill(13);
  const cue = new Int32Array(n + 4);
  const cls = new Int32Array(n + 4).fill(63);
  const suffix = new Int32Array(n);
  const prefix = new Int32Array(n);
  const BOS = 0x5f3759df;
  w.fill(BOS);
  const memo = memoOf(lexicon);
  for (let i = 0; i < n; i++) {
    const t = (tokens[i] as Token).text;
    let f = memo.get(t);
    if (!f) {
      f = wordFacts(t, lexicon, classes, clusters);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(t, f);
    }
    w[i + 2] = f[0] as number;
    shape[i + 2] = f[1] as number;
    cue[i + 2] = f[2] as number;
    cls[i + 2] = f[3] as number;
    c1[i + 2] = f[4] as number;
    c2[i + 2] = f[5] as number;
    c3[i + 2] = f[6] as number;
    suffix[i] = f[7] as number;
    prefix[i] = f[8] as number;
  }
  const q = states ?? quoteStates(text, tokens);
  for (let i = 0; i < n; i++) if (q[i] === OPENING || q[i] === CLOSING) shape[i + 2] = 4;

  // nearest cue-like word on each side within the sentence
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    if (i > 0 && sentence[i] !== sentence[i - 1]) last = -1;
    left[i] = last;
    if ((cue[i + 2] as number) >= ANCHOR) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    if (i < n - 1 && sentence[i] !== sentence[i + 1]) next = -1;
    right[i] = next;
    if ((cue[i + 2] as number) >= ANCHOR) next = i;
  }
  // per sentence: first token, last token, whether it has a quote mark
  const sentFirst = new Int32Array(n);
  const sentLast = new Int32Array(n);
  const sentQuoted = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    let quoted = 0;
    while (j < n && sentence[j] === sentence[i]) {
      if (q[j] !== 0) quoted = 1;
      j++;
    }
    for (let k = i; k < j; k++) {
      sentFirst[k] = i;
      sentLast[k] = j - 1;
      sentQuoted[k] = quoted;
    }
    i = j;
  }
  let paraCue = 0;
  for (let i = 0; i < n; i++) paraCue = Math.max(paraCue, cue[i + 2] as number);
  const paraOpens = n > 0 && q[0] === OPENING ? 1 : 0;
  return {
    n,
    w,
    shape,
    cue,
    cls,
    c1,
    c2,
    c3,
    ent,
    suffix,
    prefix,
    q,
    left,
    right,
    sentFirst,
    sentLast,
    sentQuoted,
    paraShape: paraOpens * 8 + paraCue,
  };
}

/**
 * Hashed feature ids (masked to `mask`) of every token of a paragraph, TEMPLATES
 * per token. Features may look anywhere in the paragraph: words around, the
 * quote state, and the nearest cue-like words left and right in the sentence.
 */
export function extractFeatures(info: TokenInfo, mask: number): Uint32Array {
  const { n, w, shape, cue, cls, q, left, right, c1, c2, c3, ent } = info;
  const { suffix, prefix, sentFirst, sentLast, sentQuoted, paraShape } = info;
  const out = new Uint32Array(n * TEMPLATES);
  for (let i = 0; i < n; i++) {
    const p = i + 2;
    const W0 = w[p] as number;
    const Wm1 = w[p - 1] as number;
    const Wp1 = w[p + 1] as number;
    const S0 = shape[p] as number;
    const Sm1 = shape[p - 1] as number;
    const Sp1 = shape[p + 1] as number;
    const C0 = cue[p] as number;
    const Q0 = q[i] as number;
    const K0 = cls[p] as number;
    const Km1 = cls[p - 1] as number;
    const Kp1 = cls[p + 1] as number;
    const l = left[i] as number;
    const r = right[i] as number;
    const dl = l < 0 ? 0 : distanceBucket(i - l);
    const dr = r < 0 ? 0 : distanceBucket(r - i);
    const wl = l < 0 ? 0 : (w[l + 2] as number);
    const wr = r < 0 ? 0 : (w[r + 2] as number);
    const cl = l < 0 ? 0 : (cue[l + 2] as number);
    const cr = r < 0 ? 0 : (cue[r + 2] as number);
    const fromStart = i - (sentFirst[i] as number);
    const toEnd = (sentLast[i] as number) - i;
    const edge = (fromStart === 0 ? 1 : 0) | (toEnd === 0 ? 2 : 0);
    const pos = Math.min(fromStart, 4) * 8 + Math.min(toEnd, 4);
    const qq = Q0 === INSIDE || Q0 === OPENING ? 1 : 0;
    // written to a scratch array: this runs per token, and allocation shows
    const vals = SCRATCH;
    vals[0] = 0;
    vals[1] = W0;
    vals[2] = Wm1;
    vals[3] = Wp1;
    vals[4] = w[p - 2] as number;
    vals[5] = w[p + 2] as number;
    vals[6] = mix(Wm1, W0);
    vals[7] = mix(W0, Wp1);
    vals[8] = suffix[i] as number;
    vals[9] = (Sm1 * 16 + S0) * 16 + Sp1;
    vals[10] = S0 * 4 + Q0;
    vals[11] = Q0 * 8 + C0;
    vals[12] = ((cue[p - 1] as number) * 8 + C0) * 8 + (cue[p + 1] as number);
    vals[13] = dl * 8 + cl;
    vals[14] = dr * 8 + cr;
    vals[15] = mix(wl, dl > 3 ? 1 : 0);
    vals[16] = mix(wr, dr > 3 ? 1 : 0);
    vals[17] = (Q0 * 8 + dl) * 8 + dr;
    vals[18] = (edge * 16 + S0) * 2 + (sentQuoted[i] as number);
    vals[19] = mix(W0, Q0);
    vals[20] = (paraShape * 4 + Q0) * 2 + (l < 0 && r < 0 ? 1 : 0);
    vals[21] = mix(Sm1, Wp1);
    vals[22] = mix(Wm1, S0);
    vals[23] = pos * 4 + Q0;
    vals[24] = mix(mix(Wm1, W0), Wp1);
    vals[25] = (qq * 8 + (dl > 0 ? 1 : 0) * 2 + (dr > 0 ? 1 : 0)) * 16 + S0;
    vals[26] = mix(wr, Q0);
    vals[27] = mix(wl, Q0);
    vals[28] = (cue[p - 2] as number) * 8 + (cue[p + 2] as number);
    vals[29] = mix(W0, dl * 8 + dr);
    vals[30] = w[p + 3] as number;
    vals[31] = w[p - 3] as number;
    vals[32] = mix(wl, dl * 8 + Math.min(toEnd, 3));
    vals[33] = mix(wr, dr * 8 + Math.min(fromStart, 3));
    vals[34] = mix(W0, (Sp1 * 16 + (shape[p + 2] as number)) * 4 + Q0);
    vals[35] = mix(W0, Sm1 * 16 + edge);
    vals[36] = prefix[i] as number;
    vals[37] = (Math.min(toEnd, 6) * 8 + Math.min(fromStart, 6)) * 4 + Q0;
    vals[38] = K0;
    vals[39] = Km1 * 64 + K0;
    vals[40] = K0 * 64 + Kp1;
    vals[41] = (Km1 * 64 + K0) * 64 + Kp1;
    vals[42] = ((K0 * 4 + Q0) * 2 + (dl > 0 ? 1 : 0)) * 2 + (dr > 0 ? 1 : 0);
    vals[43] = ((cls[p - 2] as number) * 64 + Km1) * 64 + K0;
    vals[44] = c3[p] as number;
    vals[45] = mix(c2[p] as number, Q0);
    vals[46] = mix(c3[p - 1] as number, c1[p] as number);
    vals[47] = mix(c1[p] as number, c3[p + 1] as number);
    vals[48] = mix(l < 0 ? 0 : (c3[l + 2] as number), dl * 8 + dr);
    vals[49] = mix(r < 0 ? 0 : (c3[r + 2] as number), dr * 8 + Math.min(fromStart, 3));
    vals[50] = ((ent[p] as number) * 16 + (ent[p - 1] as number)) * 16 + (ent[p + 1] as number);
    vals[51] = mix(W0, ent[p - 1] as number);
    vals[52] = ((ent[p] as number) * 4 + Q0) * 8 + C0;
    vals[53] = ((ent[p - 1] as number) * 16 + (ent[p - 2] as number)) * 8 + C0;
    const base = i * TEMPLATES;
    for (let k = 0; k < TEMPLATES; k++) out[base + k] = finish(mix(k * 0x9e3779b1, vals[k] as number)) & mask;
  }
  return out;
}
