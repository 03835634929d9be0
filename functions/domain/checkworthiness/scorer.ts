import type { CheckworthinessScorer } from '../extract/types';
import type { CheckworthyModel } from './artifact';
import { FeatureVector } from './feature-vector';
import { extractFeatures } from './features';

/** A calibrated linear model over hashed features (and word-lexicon features): one pass over the sentence and a typed-array lookup per feature. */
export class LinearCheckworthinessScorer implements CheckworthinessScorer {
  readonly threshold: number;
  private readonly buffer = new FeatureVector();

  constructor(private readonly model: CheckworthyModel) {
    this.threshold = model.header.threshold;
  }

  /** The raw decision value w·x + affinity + bias, before calibration. */
  decision(sentence: string): number {
    const { header, weights, lexicon } = this.model;
    const x = extractFeatures(sentence, header.features, this.buffer, lexicon);
    return x.dot(weights) + x.affinity + header.bias;
  }

  score(sentence: string): number {
    const { a, b } = this.model.header.platt;
    return 1 / (1 + Math.exp(-(a * this.decision(sentence) + b)));
  }
}
