import type { CheckworthinessScorer } from '../extract/types';
import type { CheckworthyModel } from './artifact';
import { companionDecision } from './companion';
import { ConvScorer } from './convnet';
import { FeatureVector } from './feature-vector';
import { extractFeatures, wordRows } from './features';

function calibrated(platt: { a: number; b: number }, z: number): number {
  return 1 / (1 + Math.exp(-(platt.a * z + platt.b)));
}

/** A calibrated linear model over hashed features (and word-lexicon features), optionally averaged with a companion model and a convolutional net over word vectors: a pass or two over the sentence and a typed-array lookup per feature. */
export class LinearCheckworthinessScorer implements CheckworthinessScorer {
  readonly threshold: number;
  private readonly buffer = new FeatureVector();
  private readonly convnet: ConvScorer | undefined;

  constructor(private readonly model: CheckworthyModel) {
    this.threshold = model.header.threshold;
    this.convnet = model.convnet && new ConvScorer(model.convnet);
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

  /** The calibrated probability; with a companion model or a net, the weighted mean of the models' calibrated probabilities (the main model takes the share the others leave). */
  score(sentence: string): number {
    const { platt, companion } = this.model.header;
    let main = 1;
    let score = 0;
    const weights = this.model.companionWeights;
    const z = this.decision(sentence);
    if (companion && weights) {
      // decision() collected the companion's features in its word pass, and the lexicon rows.
      score +=
        companion.weight *
        calibrated(companion.platt, companionDecision(companion.bits, weights, companion.bias));
      main -= companion.weight;
    }
    if (this.convnet) {
      const net = this.convnet.net.header;
      score += net.weight * calibrated(net.platt, this.convnet.decision(wordRows(), this.buffer.words));
      main -= net.weight;
    }
    return score + main * calibrated(platt, z);
  }
}
