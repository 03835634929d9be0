import { decodeModel, encodeModel } from '../../../functions/domain/checkworthiness/artifact';
import { DEFAULT_FEATURES, type FeatureConfig } from '../../../functions/domain/checkworthiness/features';
import { LinearCheckworthinessScorer } from '../../../functions/domain/checkworthiness/scorer';
import { fitPlatt, sigmoid } from './calibrate';
import type { ClaimbusterSentence } from './data';
import { fitLinear, type LinearOptions } from './linear';
import { decisions, featurize, selectRows } from './matrix';
import { averagePrecision, bestThreshold, f1Score } from './metrics';
import { foldOf, SEED, splitHeldout } from './split';

export interface TrainOptions {
  features: FeatureConfig;
  linear: LinearOptions;
  folds: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  features: DEFAULT_FEATURES,
  linear: { loss: 'logistic', l2: 1e-5, positiveWeight: 1, maxIter: 150 },
  folds: 5,
  seed: SEED,
};

export interface TrainResult {
  model: Buffer;
  cv: { f1: number; ap: number };
  heldout: { f1: number; precision: number; recall: number; ap: number; sentences: number };
  threshold: number;
}

/**
 * Trains on the training part of the split only: k-fold cross-validation
 * there gives out-of-fold scores to calibrate and to choose the threshold on,
 * then one fit on the whole part. The held-out part is scored once, at the end.
 */
export function trainCheckworthy(
  rows: ClaimbusterSentence[],
  opts: TrainOptions = DEFAULT_TRAIN,
  log: (msg: string) => void = () => {},
): TrainResult {
  const { train, heldout } = splitHeldout(rows, opts.seed);
  const labels = train.map((r) => (r.label === 1 ? 1 : 0));
  const dim = 1 << opts.features.bits;
  const m = featurize(
    train.map((r) => r.text),
    opts.features,
  );
  log(`training part ${train.length} sentences, held out ${heldout.length}`);

  const oof = new Float64Array(train.length);
  for (let f = 0; f < opts.folds; f++) {
    const inFold = train.map((r) => foldOf(r.sentence_id, opts.folds, opts.seed) === f);
    const fitRows = train.flatMap((_, i) => (inFold[i] ? [] : [i]));
    const testRows = train.flatMap((_, i) => (inFold[i] ? [i] : []));
    const fit = fitLinear(
      selectRows(m, fitRows),
      fitRows.map((i) => labels[i] as number),
      dim,
      opts.linear,
    );
    const z = decisions(selectRows(m, testRows), fit.weights, fit.bias);
    testRows.forEach((i, j) => {
      oof[i] = z[j] as number;
    });
    log(`fold ${f + 1}/${opts.folds} done`);
  }
  const platt = fitPlatt(oof, labels);
  const calibrated = Array.from(oof, (z) => sigmoid(platt.a * z + platt.b));
  const { threshold, f1: cvF1 } = bestThreshold(labels, calibrated);
  const cv = { f1: cvF1, ap: averagePrecision(labels, calibrated) };
  log(`cross-validation: F1 ${cv.f1.toFixed(4)} AP ${cv.ap.toFixed(4)} threshold ${threshold.toFixed(4)}`);

  const fit = fitLinear(m, labels, dim, opts.linear);
  const model = encodeModel(
    {
      format: 'claimtrail-checkworthy/1',
      features: opts.features,
      bias: fit.bias,
      platt,
      threshold,
      trainedOn: {
        data: 'ClaimBuster train.json, training part of the split',
        seed: opts.seed,
        sentences: train.length,
        linear: opts.linear,
        folds: opts.folds,
        cv,
      },
    },
    fit.weights,
  );

  // Scored through the runtime path, quantized weights included.
  const scorer = new LinearCheckworthinessScorer(decodeModel(model));
  const gold = heldout.map((r) => (r.label === 1 ? 1 : 0));
  const scores = heldout.map((r) => scorer.score(r.text));
  const prf = f1Score(
    gold,
    scores.map((s) => (s >= threshold ? 1 : 0)),
  );
  return {
    model,
    cv,
    threshold,
    heldout: { ...prf, ap: averagePrecision(gold, scores), sentences: heldout.length },
  };
}
