import { type ChainWeights, emissions, viterbi } from '../../../functions/domain/attribution/linear';
import { NTAGS } from '../../../functions/domain/attribution/tags';
import { prng, shuffle } from './prng';

export interface Example {
  features: Uint32Array;
  gold: Int32Array;
  /** Edits the emission scores before decoding, e.g. to pin some tags. */
  constrain?: (scores: Float32Array, n: number) => void;
}

export interface PerceptronOptions {
  bits: number;
  perToken: number;
  epochs: number;
  seed: number;
  /** Features seen in fewer training tokens than this get no weight. */
  minCount?: number;
  log?: (line: string) => void;
}

/** Buckets seen in at least `min` tokens: rare features mostly fit noise. */
function frequent(examples: Example[], size: number, min: number): Uint8Array {
  const count = new Uint8Array(size);
  for (const ex of examples)
    for (const f of ex.features) if ((count[f] as number) < 255) count[f] = (count[f] as number) + 1;
  const keep = new Uint8Array(size);
  for (let i = 0; i < size; i++) keep[i] = (count[i] as number) >= min ? 1 : 0;
  return keep;
}

/**
 * Averaged structured perceptron over a linear chain (Collins 2002), with the
 * usual lazy averaging: avg = w - u / c. Hand-written: no npm package trains
 * a hashed-feature linear chain.
 */
export function trainChain(examples: Example[], opts: PerceptronOptions): ChainWeights {
  const size = 2 ** opts.bits * NTAGS;
  const w: ChainWeights = {
    emission: new Float32Array(size),
    transition: new Float32Array(NTAGS * NTAGS),
    start: new Float32Array(NTAGS),
  };
  const u = {
    emission: new Float64Array(size),
    transition: new Float64Array(NTAGS * NTAGS),
    start: new Float64Array(NTAGS),
  };
  const keep = frequent(examples, 2 ** opts.bits, opts.minCount ?? 1);
  const random = prng(opts.seed);
  let c = 1;
  const bump = (key: 'emission' | 'transition' | 'start', index: number, delta: number) => {
    w[key][index] = (w[key][index] as number) + delta;
    u[key][index] = (u[key][index] as number) + c * delta;
  };
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let wrong = 0;
    let total = 0;
    for (const ex of shuffle(examples, random)) {
      const n = ex.gold.length;
      const scores = emissions(w, ex.features, n, opts.perToken);
      ex.constrain?.(scores, n);
      const pred = viterbi(w, scores, n);
      total += n;
      for (let i = 0; i < n; i++) {
        const g = ex.gold[i] as number;
        const p = pred[i] as number;
        if (g !== p) {
          wrong++;
          for (let k = i * opts.perToken, end = k + opts.perToken; k < end; k++) {
            if (!keep[ex.features[k] as number]) continue;
            const b = (ex.features[k] as number) * NTAGS;
            bump('emission', b + g, 1);
            bump('emission', b + p, -1);
          }
        }
        const gPrev = i ? (ex.gold[i - 1] as number) : -1;
        const pPrev = i ? (pred[i - 1] as number) : -1;
        if (g === p && gPrev === pPrev) continue;
        if (i === 0) {
          bump('start', g, 1);
          bump('start', p, -1);
        } else {
          bump('transition', gPrev * NTAGS + g, 1);
          bump('transition', pPrev * NTAGS + p, -1);
        }
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}/${opts.epochs}: token error ${((100 * wrong) / total).toFixed(2)}%`);
  }
  for (const key of ['emission', 'transition', 'start'] as const) {
    const wk = w[key];
    const uk = u[key];
    for (let i = 0; i < wk.length; i++) wk[i] = (wk[i] as number) - (uk[i] as number) / c;
  }
  return w;
}
