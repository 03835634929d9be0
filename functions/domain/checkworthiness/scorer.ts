import type { CheckworthinessScorer } from '../extract/types';
import type { CheckworthyModel } from './artifact';
import { companionDecision } from './companion';
import { FeatureVector } from './feature-vector';
import { extractFeatures } from './features';

/** A calibrated linear model over hashed features (and word-lexicon features), optionally averaged with a companion model: a pass or two over the sentence and a typed-array lookup per feature. */
export class LinearCheckworthinessScorer implements CheckworthinessScorer {
  readonly threshold: number;
  private readonly buffer = new FeatureVector();

  constructor(private readonly model: CheckworthyModel) {
    this.threshold = model.header.threshold;
  }

  /** The raw decision value w·x + affinity + bias, before calibration. */
  decision(sentence: string): number {
    const { header, weights, lexicon, companionWeights } = this.model;
    const x = extractFeatures(
      sentence,
      header.features,
      this.buffer,
      lexicon,
      companionWeights !== undefined,
    );
    return x.dot(weights) + x.affinity + header.bias;
  }

  /** The calibrated probability; with a companion model, the weighted mean of both models' calibrated probabilities. */
  score(sentence: string): number {
    const { platt, companion } = this.model.header;
    const main = 1 / (1 + Math.exp(-(platt.a * this.decision(sentence) + platt.b)));
    const weights = this.model.companionWeights;
    if (!companion || !weights) return main;
    // decision() collected the companion's features in its word pass.
    const z = companionDecision(companion.bits, weights, companion.bias);
    const second = 1 / (1 + Math.exp(-(companion.platt.a * z + companion.platt.b)));
    return (1 - companion.weight) * main + companion.weight * second;
  }
}
