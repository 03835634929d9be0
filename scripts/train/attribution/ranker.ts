import type { RankWeights } from '../../../functions/domain/attribution/ranking';
import { prng, shuffle } from './prng';

/** Candidates of one choice, `perCandidate` feature ids each, and which one is right. */
export interface Choice {
  features: Uint32Array;
  gold: number;
}

export interface RankerOptions {
  bits: number;
  perCandidate: number;
  epochs: number;
  seed: number;
  log?: (line: string) => void;
}

/**
 * Averaged perceptron that ranks candidates: when the top one is not the
 * right one, the right one's features go up and the top one's down.
 */
export function trainRanker(choices: Choice[], opts: RankerOptions): RankWeights {
  const size = 2 ** opts.bits;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const per = opts.perCandidate;
  const random = prng(opts.seed);
  let c = 1;
  const bump = (feats: Uint32Array, from: number, delta: number) => {
    for (let k = from; k < from + per; k++) {
      const f = feats[k] as number;
      w[f] = (w[f] as number) + delta;
      u[f] = (u[f] as number) + c * delta;
    }
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let wrong = 0;
    for (const ch of shuffle(choices, random)) {
      const count = ch.features.length / per;
      let top = 0;
      let best = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < count; i++) {
        let s = 0;
        for (let k = i * per; k < (i + 1) * per; k++) s += w[ch.features[k] as number] as number;
        if (s > best) {
          best = s;
          top = i;
        }
      }
      if (top !== ch.gold) {
        wrong++;
        bump(ch.features, ch.gold * per, 1);
        bump(ch.features, top * per, -1);
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}/${opts.epochs}: wrong ${((100 * wrong) / choices.length).toFixed(2)}%`);
  }
  for (let i = 0; i < size; i++) w[i] = (w[i] as number) - (u[i] as number) / c;
  return { dense: w };
}
