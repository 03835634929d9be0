import { distanceBucket as bucket, type Sequence, type TokenInfo } from './features';
import * as hashing from './hash';
import { roleIndex, runsOf } from './tags';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { finish, mix } = hashing;

/** Number of stacked templates per token. */
export const STACKED = 20;
const SCRATCH = new Int32Array(STACKED);

/** The first pass's tag at i, 7 past either end of the n tokens. */
function tagAt(prior: Int32Array, n: number, i: number): number {
  return i < 0 || i >= n ? 7 : (prior[i] as number);
}

/**
 * Features from a first tagging pass (stacking): the tags around each token,
 * and where the predicted cues, sources and contents lie relative to it.
 * Their ids are salted so they never collide with the base templates.
 */
export function stackedFeatures(
  info: TokenInfo,
  seq: Sequence,
  prior: Int32Array,
  mask: number,
): Uint32Array {
  const { tokens, sentence } = seq;
  const n = tokens.length;
  // runs and what each token's sentence holds
  const runs = runsOf(prior);
  const cueStart = new Int32Array(n).fill(-1);
  const runLen = new Int32Array(n);
  const sentHas = new Map<number, number>();
  for (const r of runs) {
    for (let i = r.first; i <= r.last; i++) runLen[i] = r.last - r.first + 1;
    const s = sentence[r.first] as number;
    const bit = r.role === 'source' ? 1 : r.role === 'cue' ? 2 : 4;
    sentHas.set(s, (sentHas.get(s) ?? 0) | bit);
    if (r.role === 'cue') cueStart[r.first] = r.first;
  }
  // nearest predicted cue start on each side: in the sentence, and anywhere in the paragraph
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    left[i] = last;
    if (cueStart[i] === i) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    right[i] = next;
    if (cueStart[i] === i) next = i;
  }
  // distance to the nearest predicted non-O token of another role on each side, and its role
  const nextRole = new Int32Array(n);
  const nextDist = new Int32Array(n);
  const prevRole = new Int32Array(n);
  const prevDist = new Int32Array(n);
  for (let i = n - 1, at = -1; i >= 0; i--) {
    nextRole[i] = at < 0 ? 0 : roleIndex(tagAt(prior, n, at));
    nextDist[i] = at < 0 ? 0 : bucket(at - i);
    if (tagAt(prior, n, i) !== 0 && roleIndex(tagAt(prior, n, i)) !== roleIndex(tagAt(prior, n, i + 1)))
      at = i;
  }
  for (let i = 0, at = -1; i < n; i++) {
    prevRole[i] = at < 0 ? 0 : roleIndex(tagAt(prior, n, at));
    prevDist[i] = at < 0 ? 0 : bucket(i - at);
    if (tagAt(prior, n, i) !== 0 && roleIndex(tagAt(prior, n, i)) !== roleIndex(tagAt(prior, n, i - 1)))
      at = i;
  }
  const out = new Uint32Array(n * STACKED);
  for (let i = 0; i < n; i++) {
    const s = sentence[i] as number;
    const l = left[i] as number;
    const r = right[i] as number;
    const lSame = l >= 0 && sentence[l] === s;
    const rSame = r >= 0 && sentence[r] === s;
    const dl = l < 0 ? 0 : lSame ? bucket(i - l) : 7 + Math.min(s - (sentence[l] as number), 3);
    const dr = r < 0 ? 0 : rSame ? bucket(r - i) : 7 + Math.min((sentence[r] as number) - s, 3);
    const T0 = tagAt(prior, n, i);
    const w0 = info.w[i + 2] as number;
    // written to a scratch array: this runs per token, and allocation shows
    const vals = SCRATCH;
    vals[0] = T0;
    vals[1] = tagAt(prior, n, i - 1) * 8 + T0;
    vals[2] = T0 * 8 + tagAt(prior, n, i + 1);
    vals[3] = (tagAt(prior, n, i - 2) * 8 + tagAt(prior, n, i - 1)) * 8 + T0;
    vals[4] = (T0 * 8 + tagAt(prior, n, i + 1)) * 8 + tagAt(prior, n, i + 2);
    vals[5] = mix(w0, T0);
    vals[6] = dl * 16 + dr;
    vals[7] = (dl * 16 + dr) * 8 + T0;
    vals[8] = l < 0 ? 0 : mix(info.w[l + 2] as number, dl);
    vals[9] = r < 0 ? 0 : mix(info.w[r + 2] as number, dr);
    vals[10] = (sentHas.get(s) ?? 0) * 8 + T0;
    vals[11] = Math.min(runLen[i] as number, 9) * 8 + T0;
    vals[12] = (sentHas.get(s - 1) ?? 0) * 8 + (sentHas.get(s + 1) ?? 0);
    vals[13] = mix(w0, dl * 16 + dr);
    vals[14] = l < 0 ? 0 : mix(info.w[l + 2] as number, T0);
    vals[15] = r < 0 ? 0 : mix(info.w[r + 2] as number, T0);
    vals[16] = ((nextRole[i] as number) * 8 + (nextDist[i] as number)) * 8 + T0;
    vals[17] = ((prevRole[i] as number) * 8 + (prevDist[i] as number)) * 8 + T0;
    vals[18] = mix(w0, ((nextRole[i] as number) * 8 + (nextDist[i] as number)) * 4 + (prevRole[i] as number));
    vals[19] =
      (((prevRole[i] as number) * 4 + (nextRole[i] as number)) * 8 + (prevDist[i] as number)) * 8 +
      (nextDist[i] as number);
    const base = i * STACKED;
    for (let k = 0; k < STACKED; k++)
      out[base + k] = finish(mix((k + 101) * 0x85ebca6b, vals[k] as number)) & mask;
  }
  return out;
}
