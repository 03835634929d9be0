import { describe, expect, it } from 'vitest';
import { type ChainWeights, viterbi } from '../../functions/domain/attribution/linear';
import { allowed, allowedAtStart, NTAGS } from '../../functions/domain/attribution/tags';
import { prng } from '../../scripts/train/attribution/prng';

/** Plain Viterbi over every move the tag set allows, the first best winning ties: the reference the unrolled loop must agree with. */
function reference(w: ChainWeights, scores: Float32Array, n: number): number[] {
  let prev: number[] = [];
  for (let t = 0; t < NTAGS; t++)
    prev.push(allowedAtStart(t) ? (w.start[t] as number) + (scores[t] as number) : -Infinity);
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const next: number[] = [];
    const from: number[] = [];
    for (let t = 0; t < NTAGS; t++) {
      let top = -Infinity;
      let arg = -1;
      for (let f = 0; f < NTAGS; f++) {
        if (!allowed(f, t)) continue;
        const s = (prev[f] as number) + (w.transition[f * NTAGS + t] as number);
        if (s > top) {
          top = s;
          arg = f;
        }
      }
      next.push(top + (scores[i * NTAGS + t] as number));
      from.push(arg);
    }
    back.push(from);
    prev = next;
  }
  let arg = 0;
  for (let t = 1; t < NTAGS; t++) if ((prev[t] as number) > (prev[arg] as number)) arg = t;
  const tags = [arg];
  for (let i = n - 2; i >= 0; i--) {
    arg = (back[i] as number[])[arg] as number;
    tags.unshift(arg);
  }
  return tags;
}

describe('viterbi', () => {
  it('agrees with a plain decoder on random chains, ties included (seeded fuzz)', () => {
    const random = prng(37);
    // whole numbers in a small range make ties (and zero sums) common
    const draw = (coarse: boolean) => (coarse ? Math.floor(random() * 5) - 2 : random() * 6 - 3);
    for (let round = 0; round < 400; round++) {
      const coarse = round % 2 === 0;
      const n = 1 + Math.floor(random() * 40);
      const w: ChainWeights = {
        emission: new Float32Array(0),
        transition: Float32Array.from({ length: NTAGS * NTAGS }, () => draw(coarse)),
        start: Float32Array.from({ length: NTAGS }, () => draw(coarse)),
      };
      const scores = Float32Array.from({ length: n * NTAGS }, () => draw(coarse));
      expect([...viterbi(w, scores, n)]).toEqual(reference(w, scores, n));
    }
  });
});
