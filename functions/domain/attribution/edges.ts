import type { Span } from './cuespan';
import type { Sequence, TokenInfo } from './features';
import * as hashing from './hash';
import { type RankWeights, rankScore } from './ranking';
import { type Run, roleIndex } from './tags';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { finish, mix, hashString } = hashing;

/**
 * Content edges: the linker often ends a content too late (", but still lost
 * the election", "as an example of ...") or starts it too early ("on its
 * website that ..."). Each edge of the linker's content is re-chosen among
 * the positions near it by a linear ranker that sees the words on both sides
 * of the edge, how far it moved and what it crossed.
 */

/** Number of features per candidate edge. */
export const EDGE_TEMPLATES = 24;
const SCRATCH = new Int32Array(EDGE_TEMPLATES);

export const START = 0;
export const END = 1;

const REACH = 12;
/** Tokens the metric trims off a span's ends. */
const TRIMMED = /^[,."'“”‘’`«»„]+$/u;
/** Words after which, or before which, a clause of the author's may begin. */
const CLAUSE = new Set(
  ['which', 'who', 'but', 'while', 'although', 'as', 'because', 'after', 'before', 'when', 'and', 'that'].map(
    (w) => hashString(w),
  ),
);

/**
 * Positions for one edge of a content run: its own first, then the others
 * within REACH tokens that keep the content non-empty, on its side of the
 * cue, and neither starting nor ending on what the metric trims.
 */
export function edgeCandidates(seq: Sequence, content: Span, cue: Span, side: number): number[] {
  const { tokens } = seq;
  const own = side === START ? content.first : content.last;
  const after = content.first > cue.last;
  let lo = Math.max(0, own - REACH);
  let hi = Math.min(tokens.length - 1, own + REACH);
  if (side === START) hi = Math.min(hi, content.last);
  else lo = Math.max(lo, content.first);
  if (after) lo = Math.max(lo, cue.last + 1);
  else hi = Math.min(hi, cue.first - 1);
  const out = [own];
  for (let x = lo; x <= hi; x++) {
    if (x !== own && !TRIMMED.test((tokens[x] as { text: string }).text)) out.push(x);
  }
  return out;
}

function moveBucket(d: number): number {
  if (d < -8) return 0;
  if (d < -3) return 1;
  if (d <= 3) return d + 5;
  return d <= 8 ? 9 : 10;
}

/** Feature ids of edge `x` on `side` of a content run, written to `out` from `at`. */
export function edgeFeatures(
  info: TokenInfo,
  seq: Sequence,
  tags: ArrayLike<number>,
  cue: Span,
  content: Span,
  side: number,
  x: number,
  mask: number,
  out: Uint32Array,
  at: number,
): void {
  const { w, cls, shape, q, n, c3 } = info;
  const { sentence, tokens } = seq;
  const step = side === START ? -1 : 1;
  const own = side === START ? content.first : content.last;
  // padded positions of the edge token and the two outside it (no closures: this runs per candidate)
  const px = x + 2;
  const p1 = px + step;
  const p2 = px + 2 * step;
  const o1 = x + step;
  const Wx = w[px] as number;
  const W1 = w[p1] as number;
  const Kx = cls[px] as number;
  const K1 = cls[p1] as number;
  const S1 = shape[p1] as number;
  const U1 = c3[p1] as number;
  const Qx = q[x] as number;
  const Q1 = o1 < 0 || o1 >= n ? 4 : (q[o1] as number);
  const rx = roleIndex(tags[x] as number);
  const r1 = o1 < 0 || o1 >= n ? 4 : roleIndex(tags[o1] as number);
  const move = moveBucket((x - own) * step);
  const after = content.first > cue.last ? 1 : 0;
  // commas and clause words between the linker's edge and this one
  let commas = 0;
  let clause = 0;
  for (let i = Math.min(own, x); i < Math.max(own, x); i++) {
    const t = (tokens[i] as { text: string }).text;
    if (t === ',' || t === ';') commas++;
    if (CLAUSE.has(w[i + 2] as number)) clause = 1;
  }
  const crossed = Math.min(commas, 3) * 2 + clause;
  const brk = o1 < 0 || o1 >= n || sentence[o1] !== sentence[x] ? 1 : 0;
  const far = Math.abs(after ? x - cue.last : cue.first - x);
  const dist = far <= 1 ? far : far <= 4 ? 2 : far <= 12 ? 3 : far <= 30 ? 4 : 5;
  const len = Math.abs((side === START ? content.last : content.first) - x) + 1;
  const lenB = len <= 2 ? len : len <= 6 ? 3 : len <= 15 ? 4 : len <= 40 ? 5 : 6;
  const as = after * 2 + side;
  const ctx = as * 16;
  // written to a scratch array: this runs per candidate, and allocation shows
  const vals = SCRATCH;
  vals[0] = ctx + move;
  vals[1] = mix(Wx, ctx);
  vals[2] = mix(W1, ctx);
  vals[3] = mix(mix(Wx, W1), side);
  vals[4] = ((S1 * 16 + (shape[px] as number)) * 4 + after) * 2 + brk;
  vals[5] = mix(Kx * 64 + K1, ctx);
  vals[6] = mix(U1, ctx);
  vals[7] = mix(c3[px] as number, ctx);
  vals[8] = ((Q1 * 5 + Qx) * 4 + after) * 2 + side;
  vals[9] = (r1 * 5 + rx) * 64 + ctx + move;
  vals[10] = (crossed * 11 + move) * 4 + as;
  vals[11] = mix(w[cue.first + 2] as number, mix(W1, side));
  vals[12] = (lenB * 8 + dist) * 4 + as;
  vals[13] = mix(W1, move * 4 + as);
  vals[14] = mix(K1, move * 4 + as);
  vals[15] = mix(mix(W1, w[p2] as number), side);
  vals[16] = (brk * 11 + move) * 4 + as;
  vals[17] = mix(S1 * 64 + (cls[p2] as number), ctx);
  vals[18] = ((brk * 8 + Math.min(commas, 7)) * 4 + Q1) * 4 + as;
  vals[19] = mix(U1, move * 4 + as);
  vals[20] = mix(Wx, move * 4 + as);
  vals[21] = mix(Kx, (S1 * 11 + move) * 4 + as);
  vals[22] = mix(w[cue.last + 2] as number, (lenB * 4 + as) * 2 + brk);
  vals[23] = (dist * 11 + move) * 4 + as;
  for (let k = 0; k < EDGE_TEMPLATES; k++)
    out[at + k] = finish(mix((k + 401) * 0x3c6ef372, vals[k] as number)) & mask;
}

/** The best-scoring position for each edge of a content run (its own on ties). */
export function bestEdges(
  weights: RankWeights,
  info: TokenInfo,
  seq: Sequence,
  tags: ArrayLike<number>,
  cue: Span,
  content: Span,
  mask: number,
): Span {
  const feats = new Uint32Array(EDGE_TEMPLATES);
  const ends = [content.first, content.last];
  // a loop over both sides, not a closure per call: tsx names each closure it makes (a defineProperty)
  for (const side of [START, END]) {
    let top = Number.NEGATIVE_INFINITY;
    for (const x of edgeCandidates(seq, content, cue, side)) {
      edgeFeatures(info, seq, tags, cue, content, side, x, mask, feats, 0);
      const score = rankScore(weights, feats, 0, EDGE_TEMPLATES);
      if (score > top) {
        top = score;
        ends[side] = x;
      }
    }
  }
  const [first, last] = ends as [number, number];
  return first <= last ? { first, last } : content;
}

/** The linker's content runs with their outer edges re-chosen by the edge ranker. */
export function settleEdges(
  weights: RankWeights,
  info: TokenInfo,
  seq: Sequence,
  tags: Int32Array,
  cue: Run,
  runs: Run[],
  mask: number,
): Run[] {
  const content = runs.filter((r) => r.role === 'content');
  const head = content[0];
  const tail = content[content.length - 1];
  if (!head || !tail) return content;
  const edges = bestEdges(weights, info, seq, tags, cue, { first: head.first, last: tail.last }, mask);
  // runs wholly outside the new edges go; the outer ones are cut or stretched to them
  const kept = content.filter((r) => r.last >= edges.first && r.first <= edges.last);
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last) return [{ role: 'content', ...edges }];
  return kept.map((r) => ({
    role: 'content',
    first: r === first ? edges.first : r.first,
    last: r === last ? edges.last : r.last,
  }));
}
