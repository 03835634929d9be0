import { describeTokens, extractFeatures, type Sequence, TEMPLATES, type TokenInfo } from './features';
import { emissions, viterbi } from './linear';
import type { AttributionModel } from './model';
import { pairedEmissions } from './packed-rows';
import { STACKED, stackedFeatures } from './stacked';
import { NTAGS } from './tags';

/** Base and stacked feature ids side by side, TEMPLATES + STACKED per token. */
export function joinFeatures(base: Uint32Array, stacked: Uint32Array, n: number): Uint32Array {
  const per = TEMPLATES + STACKED;
  const out = new Uint32Array(n * per);
  for (let i = 0; i < n; i++) {
    out.set(base.subarray(i * TEMPLATES, (i + 1) * TEMPLATES), i * per);
    out.set(stacked.subarray(i * STACKED, (i + 1) * STACKED), i * per + TEMPLATES);
  }
  return out;
}

/** Both passes' scores of the base features, from one lookup per feature when the model is loaded. */
function baseEmissions(model: AttributionModel, base: Uint32Array, n: number): [Float32Array, Float32Array] {
  if (!model.base)
    return [emissions(model.first, base, n, TEMPLATES), emissions(model.second, base, n, TEMPLATES)];
  const first = new Float32Array(n * NTAGS);
  const second = new Float32Array(n * NTAGS);
  pairedEmissions(model.base, base, n, TEMPLATES, first, second);
  return [first, second];
}

export interface Tagged {
  info: TokenInfo;
  /** Second-pass tags: the cues to link, and what the linker's features read. */
  tags: Int32Array;
}

/**
 * Tags one paragraph with both passes; `ent` holds its tokens' entity tags
 * (entities.ts), `states` quote states read otherwise than the marks say.
 */
export function tagSequence(
  model: AttributionModel,
  text: string,
  seq: Sequence,
  ent: Int32Array,
  states?: Uint8Array,
): Tagged {
  const n = seq.tokens.length;
  const mask = 2 ** model.bits - 1;
  const info = describeTokens(text, seq, model.lexicon, model.classes, model.clusters, ent, states);
  const base = extractFeatures(info, mask);
  // the second pass's features are the base ones then the stacked ones, as joinFeatures lays them out in training
  const [firstScores, scores] = baseEmissions(model, base, n);
  const prior = viterbi(model.first, firstScores, n);
  emissions(model.second, stackedFeatures(info, seq, prior, mask), n, STACKED, scores);
  const tags = viterbi(model.second, scores, n);
  return { info, tags };
}
