import type { ChainWeights } from '../../../functions/domain/attribution/linear';
import type { AttributionModel } from '../../../functions/domain/attribution/model';
import type { RankWeights } from '../../../functions/domain/attribution/ranking';

/** Element-wise mean of equal-length arrays. */
function mean(arrays: Float32Array[]): Float32Array {
  const out = new Float32Array((arrays[0] as Float32Array).length);
  for (const a of arrays) for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (a[i] as number);
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / arrays.length;
  return out;
}

const chain = (ws: ChainWeights[]): ChainWeights => ({
  emission: mean(ws.map((w) => w.emission)),
  transition: mean(ws.map((w) => w.transition)),
  start: mean(ws.map((w) => w.start)),
});

const ranker = (ws: RankWeights[]): RankWeights => ({ dense: mean(ws.map((w) => w.dense)) });

/**
 * The mean of models trained alike but for the seed that orders their
 * examples: each weight set is linear over the same hashed features, so
 * their mean is one model of the same size (bagging's gain, no run-time cost).
 * Models must be fresh from training (dense weights, same lexicon and classes).
 */
export function averageModels(models: AttributionModel[]): AttributionModel {
  const [head] = models;
  if (!head) throw new Error('no models to average');
  if (models.length === 1) return head;
  return {
    ...head,
    first: chain(models.map((m) => m.first)),
    second: chain(models.map((m) => m.second)),
    link: chain(models.map((m) => m.link)),
    spans: ranker(models.map((m) => m.spans)),
    edges: ranker(models.map((m) => m.edges)),
  };
}
