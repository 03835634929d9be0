import type { Sequence, TokenInfo } from './features';
import * as hashing from './hash';
import { type ChainWeights, emissions, viterbi } from './linear';
import { CLOSING, INSIDE, OPENING } from './quotes';
import type { Run } from './tags';
import * as tagset from './tags';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { finish, mix } = hashing;
const { NTAGS, runsOf } = tagset;

/** Number of linker templates per token. */
export const LINK_TEMPLATES = 36;
const SCRATCH = new Int32Array(LINK_TEMPLATES);

const CUE_B = tagset.beginTag('cue');
const CUE_I = tagset.insideTag('cue');

function bucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 6) return 4;
  if (d <= 12) return 5;
  if (d <= 25) return 6;
  return 7;
}

/** Words that open a clause the author may add after the content: the content usually ends before them. */
const CLAUSE_WORDS = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'but',
  'while',
  'although',
  'though',
  'amid',
  'as',
  'because',
  'after',
  'before',
  'when',
  'and',
]);

const roleOf = tagset.roleIndex;

const COMMA = 1;
const CLAUSE = 2;
const marks = new WeakMap<Sequence, Uint8Array>();

/**
 * Per token of a paragraph, COMMA for a comma-like break and CLAUSE for a
 * clause word: read once per paragraph, not once per cue linked in it.
 */
function clauseMarks(seq: Sequence): Uint8Array {
  let out = marks.get(seq);
  if (!out) {
    const { tokens } = seq;
    // a plain loop: Uint8Array.from with a mapping function walks an iterator
    out = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = (tokens[i] as { text: string }).text.toLowerCase();
      out[i] =
        (t === ',' || t === ';' || t === '—' || t === '--' ? COMMA : 0) | (CLAUSE_WORDS.has(t) ? CLAUSE : 0);
    }
    marks.set(seq, out);
  }
  return out;
}

/**
 * Features of the tokens lo..hi of a paragraph (all of it by default)
 * relative to one cue (tokens cueFirst..cueLast): which side of it, how far,
 * across how many sentence ends and other cues, in what quote state, and what
 * the tagger tagged it. A second tagger over these finds that cue's own
 * source and content.
 */
export function linkFeatures(
  info: TokenInfo,
  seq: Sequence,
  tagged: Int32Array,
  cueFirst: number,
  cueLast: number,
  mask: number,
  lo = 0,
  hi = info.n - 1,
): Uint32Array {
  const { w, shape, q, cls } = info;
  const n = hi + 1;
  const { sentence } = seq;
  const cw = w[cueFirst + 2] as number;
  const cc = info.c3[cueFirst + 2] as number;
  const cwl = w[cueLast + 2] as number;
  const cueSentence = sentence[cueFirst] as number;
  const qc = q[cueFirst] === INSIDE || q[cueFirst] === OPENING ? 1 : 0;
  const paraQuote = q[0] === OPENING ? 1 : 0;
  // other predicted cues between each token and this cue
  const between = new Int32Array(n);
  for (let i = cueFirst - 1, seen = 0; i >= lo; i--) {
    if (tagged[i] === CUE_B) seen++;
    between[i] = seen;
  }
  for (let i = cueLast + 1, seen = 0; i < n; i++) {
    if (tagged[i] === CUE_B) seen++;
    between[i] = seen;
  }
  // clause breaks between each token and the cue: commas, clause words, closing quotes
  const commas = new Int32Array(n);
  const breaks = new Int32Array(n);
  const closes = new Int32Array(n);
  const kinds = clauseMarks(seq);
  // leftward from the cue, then rightward (a loop, not a closure: tsx names each closure it makes)
  for (let side = 0; side < 2; side++) {
    const to = side === 0 ? lo - 1 : n;
    const step = side === 0 ? -1 : 1;
    let c = 0;
    let b = 0;
    let q = 0;
    for (let i = side === 0 ? cueFirst - 1 : cueLast + 1; i !== to; i += step) {
      commas[i] = c;
      breaks[i] = b;
      closes[i] = q;
      const kind = kinds[i] as number;
      if (kind & COMMA) c++;
      if (kind & CLAUSE) b = 1;
      if (info.q[i] === CLOSING) q = 1;
    }
  }
  let cuesInSentence = 0;
  for (let i = lo; i < n; i++) if (sentence[i] === cueSentence && tagged[i] === CUE_B) cuesInSentence++;
  const out = new Uint32Array((n - lo) * LINK_TEMPLATES);
  for (let i = lo; i < n; i++) {
    const p = i + 2;
    const dir = i < cueFirst ? 0 : i > cueLast ? 2 : 1;
    const dist = bucket(dir === 0 ? cueFirst - i : dir === 2 ? i - cueLast : 0);
    const sd = Math.min(Math.abs((sentence[i] as number) - cueSentence), 3);
    const P0 = roleOf(tagged[i] as number);
    const Pm1 = i > 0 ? roleOf(tagged[i - 1] as number) : 4;
    const Pp1 = i < n - 1 ? roleOf(tagged[i + 1] as number) : 4;
    const bt = Math.min(between[i] as number, 2);
    const Q0 = q[i] as number;
    const S0 = shape[p] as number;
    const W0 = w[p] as number;
    const K0 = cls[p] as number;
    const Km1 = cls[p - 1] as number;
    const Kp1 = cls[p + 1] as number;
    const edge = (info.sentFirst[i] === i ? 1 : 0) | (info.sentLast[i] === i ? 2 : 0);
    const d = dir * 8 + dist;
    // written to a scratch array: this runs per token, and allocation shows
    const vals = SCRATCH;
    vals[0] = dir;
    vals[1] = d;
    vals[2] = dir * 4 + sd;
    vals[3] = dir * 4 + P0;
    vals[4] = (dir * 4 + sd) * 4 + P0;
    vals[5] = (dir * 5 + Pm1) * 4 + P0;
    vals[6] = (dir * 5 + Pp1) * 4 + P0;
    vals[7] = ((dir * 3 + bt) * 4 + sd) * 4 + P0;
    vals[8] = ((dir * 4 + Q0) * 2 + qc) * 4 + sd;
    vals[9] = mix(cw, dir * 2 + (dist <= 3 ? 1 : 0));
    vals[10] = mix(cw, dir * 4 + P0);
    vals[11] = mix(cwl, dir * 4 + sd);
    vals[12] = mix(W0, dir * 2 + (dist <= 3 ? 1 : 0));
    vals[13] = mix(mix(w[p - 1] as number, W0), dir);
    vals[14] = mix(mix(W0, w[p + 1] as number), dir);
    vals[15] = (((shape[p - 1] as number) * 16 + S0) * 16 + (shape[p + 1] as number)) * 3 + dir;
    vals[16] = ((S0 * 4 + Q0) * 3 + dir) * 4 + sd;
    vals[17] = d * 4 + P0;
    vals[18] = ((edge * 3 + dir) * 4 + sd) * 4 + P0;
    vals[19] = (bt * 3 + dir) * 8 + dist;
    vals[20] = mix(W0, P0);
    vals[21] = dist <= 2 ? mix(cw, W0) : 0;
    vals[22] = ((paraQuote * 4 + Q0) * 3 + dir) * 4 + sd;
    vals[23] = (Math.min(cuesInSentence, 3) * 3 + dir) * 4 + P0;
    vals[24] = ((qc * 4 + Q0) * 3 + dir) * 8 + dist;
    vals[25] = mix(cw, ((dir * 4 + sd) * 4 + Q0) * 4 + P0);
    vals[26] = ((K0 * 3 + dir) * 4 + sd) * 4 + P0;
    vals[27] = ((Km1 * 64 + K0) * 3 + dir) * 8 + dist;
    vals[28] = ((K0 * 64 + Kp1) * 3 + dir) * 8 + dist;
    vals[29] = ((Math.min(commas[i] as number, 3) * 3 + dir) * 4 + sd) * 4 + P0;
    vals[30] = (((breaks[i] as number) * 2 + (closes[i] as number)) * 3 + dir) * 4 + P0;
    vals[31] = mix(W0, (Math.min(commas[i] as number, 3) * 2 + (breaks[i] as number)) * 3 + dir);
    vals[32] = ((((breaks[i] as number) * 4 + Math.min(commas[i] as number, 3)) * 3 + dir) * 4 + Q0) * 4 + sd;
    vals[33] = mix(cc, ((dir * 4 + sd) * 4 + P0) * 2 + (dist <= 3 ? 1 : 0));
    vals[34] = mix(info.c2[p] as number, dir * 2 + (dist <= 3 ? 1 : 0));
    vals[35] = (((info.ent[p] as number) * 3 + dir) * 4 + sd) * 4 + P0;
    const base = (i - lo) * LINK_TEMPLATES;
    for (let k = 0; k < LINK_TEMPLATES; k++) {
      out[base + k] = finish(mix((k + 211) * 0xc2b2ae35, vals[k] as number)) & mask;
    }
  }
  return out;
}

const BLOCKED = -1e9;

/** Pins the cue's tokens to cue tags and keeps cue tags off every other token. */
export function pinCue(scores: Float32Array, n: number, cueFirst: number, cueLast: number): void {
  for (let i = 0; i < n; i++) {
    const o = i * NTAGS;
    const inside = i >= cueFirst && i <= cueLast;
    for (let t = 0; t < NTAGS; t++) {
      const want = inside ? (i === cueFirst ? CUE_B : CUE_I) : -1;
      if (inside ? t !== want : t === CUE_B || t === CUE_I) scores[o + t] = BLOCKED;
    }
  }
}

/** Tokens on each side of a cue that the linker reads: long paragraphs would cost a pass over all of them per cue. */
export const LINK_REACH = 100;

/** That cue's own source and content runs, decoded over a window around it. */
export function linkCue(
  weights: ChainWeights,
  info: TokenInfo,
  seq: Sequence,
  tags: Int32Array,
  cue: { first: number; last: number },
  mask: number,
): Run[] {
  const lo = Math.max(0, cue.first - LINK_REACH);
  const hi = Math.min(info.n - 1, cue.last + LINK_REACH);
  const m = hi - lo + 1;
  const scores = emissions(
    weights,
    linkFeatures(info, seq, tags, cue.first, cue.last, mask, lo, hi),
    m,
    LINK_TEMPLATES,
  );
  pinCue(scores, m, cue.first - lo, cue.last - lo);
  return runsOf(viterbi(weights, scores, m)).map((r) => ({ ...r, first: r.first + lo, last: r.last + lo }));
}
