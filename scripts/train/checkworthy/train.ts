import {
  CHECKWORTHY_FORMAT,
  decodeModel,
  encodeModel,
} from '../../../functions/domain/checkworthiness/artifact';
import { DEFAULT_FEATURES, type FeatureConfig } from '../../../functions/domain/checkworthiness/features';
import type { WordLexicon } from '../../../functions/domain/checkworthiness/lexicon';
import { LinearCheckworthinessScorer } from '../../../functions/domain/checkworthiness/scorer';
import { fitPlatt, sigmoid } from './calibrate';
import { type CompanionOptions, companionRows, logCountRatios, scaleColumns } from './companion';
import { unlabeledCorpus } from './corpus';
import type { ClaimbusterSentence } from './data';
import { clusterLexicon, foldAffinity, meanVectors } from './lexicon';
import { fitLinear, type LinearOptions } from './linear';
import { decisions, featurize, selectRows } from './matrix';
import { averagePrecision, bestThreshold, f1Score } from './metrics';
import { foldOf, SEED, splitHeldout } from './split';
import { learnWordVectors, type WordVectorOptions, type WordVectors } from './word-vectors';

export interface LexiconOptions {
  /** Folder of the unlabeled sources (see corpus.ts); missing ones are skipped. */
  sharedDir: string;
  vectors: WordVectorOptions;
  /** Cluster counts, coarse to fine. */
  levels: number[];
  kmeansIterations: number;
}

export interface TrainOptions {
  features: FeatureConfig;
  linear: LinearOptions;
  /** Word vectors and clusters from unlabeled text; none: hashed features only. */
  lexicon?: LexiconOptions;
  /** A second, NB-weighted word n-gram and cue model averaged in; none: the main model alone. */
  companion?: CompanionOptions;
  folds: number;
  seed: number;
}

export const DEFAULT_LEXICON: Omit<LexiconOptions, 'sharedDir'> = {
  vectors: {
    minCount: 3,
    maxVocab: 40000,
    contexts: 10000,
    window: 4,
    alpha: 0.75,
    dims: 100,
    iterations: 3,
    seed: 7,
  },
  levels: [64, 256, 1024],
  kmeansIterations: 15,
};

/** α and l2 chosen by 5-fold cross-validation on the training part (α ∈ {0.5, 1}, l2 ∈ {3e-4, 1e-3, 3e-3}). */
export const DEFAULT_COMPANION: CompanionOptions = {
  bits: 18,
  alpha: 0.5,
  l2: 1e-3,
  maxIter: 150,
  weights: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
};

export const DEFAULT_TRAIN: TrainOptions = {
  features: DEFAULT_FEATURES,
  linear: { loss: 'logistic', l2: 1e-5, positiveWeight: 1, maxIter: 150 },
  companion: DEFAULT_COMPANION,
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
 * Word vectors and clusters from the unlabeled sources plus the training
 * part's own text (labels unused; held-out text is left out, so the held-out
 * figure stays a fair estimate for unseen sentences).
 */
function learnLexicon(
  texts: string[],
  opts: LexiconOptions,
  log: (msg: string) => void,
): { lexicon: WordLexicon; wv: WordVectors } {
  const corpus = unlabeledCorpus(opts.sharedDir, texts);
  log(`word vectors: ${corpus.length} unlabeled sentences`);
  const wv = learnWordVectors(corpus, opts.vectors);
  log(`word vectors: ${wv.words.length} words × ${wv.dims}`);
  const lexicon = clusterLexicon(wv, opts.levels, opts.kmeansIterations);
  log(`clusters: ${lexicon.levels.join(', ')}`);
  return { lexicon, wv };
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
  const texts = train.map((r) => r.text);
  log(`training part ${train.length} sentences, held out ${heldout.length}`);
  const learned = opts.lexicon ? learnLexicon(texts, opts.lexicon, log) : undefined;
  const dense = learned && meanVectors(texts, learned.lexicon, learned.wv);
  const sparseDim = 1 << opts.features.bits;
  const dim = sparseDim + (learned?.wv.dims ?? 0);
  const m = featurize(texts, opts.features, learned?.lexicon, dense);

  const companionDim = opts.companion ? 1 << opts.companion.bits : 0;
  const cm = opts.companion && companionRows(texts, opts.companion.bits);
  const companionLinear = opts.companion && {
    ...opts.linear,
    l2: opts.companion.l2,
    maxIter: opts.companion.maxIter,
  };
  const fitCompanion = (rowsAt: number[]) => {
    if (!opts.companion || !cm || !companionLinear) throw new Error('no companion');
    const sub = selectRows(cm, rowsAt);
    const y = rowsAt.map((i) => labels[i] as number);
    const ratios = logCountRatios(sub, y, companionDim, opts.companion.alpha);
    const fit = fitLinear(scaleColumns(sub, ratios), y, companionDim, companionLinear);
    // x·(w∘r) = (x∘r)·w: the ratios fold into the weights.
    return { weights: fit.weights.map((w, i) => w * (ratios[i] as number)), bias: fit.bias };
  };

  const oof = new Float64Array(train.length);
  const companionOof = new Float64Array(train.length);
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
    if (cm) {
      const c = fitCompanion(fitRows);
      const cz = decisions(selectRows(cm, testRows), c.weights, c.bias);
      testRows.forEach((i, j) => {
        companionOof[i] = cz[j] as number;
      });
    }
    log(`fold ${f + 1}/${opts.folds} done`);
  }
  const platt = fitPlatt(oof, labels);
  const calibrated = Array.from(oof, (z) => sigmoid(platt.a * z + platt.b));
  const mainCv = { ...bestThreshold(labels, calibrated), ap: averagePrecision(labels, calibrated) };
  log(`cross-validation, main model: F1 ${mainCv.f1.toFixed(4)} AP ${mainCv.ap.toFixed(4)}`);
  const companionPlatt = cm ? fitPlatt(companionOof, labels) : undefined;
  // The companion's share: the one with the best out-of-fold F1 (the first of equals).
  let blend = { weight: 0, scores: calibrated, ...mainCv };
  if (opts.companion && companionPlatt) {
    const second = Array.from(companionOof, (z) => sigmoid(companionPlatt.a * z + companionPlatt.b));
    for (const w of opts.companion.weights) {
      const scores = calibrated.map((p, i) => (1 - w) * p + w * (second[i] as number));
      const t = bestThreshold(labels, scores);
      const ap = averagePrecision(labels, scores);
      log(`cross-validation, companion share ${w}: F1 ${t.f1.toFixed(4)} AP ${ap.toFixed(4)}`);
      if (t.f1 > blend.f1) blend = { weight: w, scores, ...t, ap };
    }
  }
  const { threshold } = blend;
  const cv = { f1: blend.f1, ap: blend.ap };
  log(`cross-validation: F1 ${cv.f1.toFixed(4)} AP ${cv.ap.toFixed(4)} threshold ${threshold.toFixed(4)}`);

  const fit = fitLinear(m, labels, dim, opts.linear);
  const lexicon = learned && foldAffinity(learned.lexicon, learned.wv, fit.weights.subarray(sparseDim));
  const companionFit =
    opts.companion && companionPlatt && blend.weight > 0 ? fitCompanion(train.map((_, i) => i)) : undefined;
  const model = encodeModel(
    {
      format: CHECKWORTHY_FORMAT,
      features: opts.features,
      bias: fit.bias,
      platt,
      threshold,
      trainedOn: {
        data: 'ClaimBuster train.json, training part of the split',
        seed: opts.seed,
        sentences: train.length,
        linear: opts.linear,
        ...(opts.lexicon
          ? {
              lexicon: {
                ...opts.lexicon,
                sharedDir: undefined,
                sources: 'see scripts/train/checkworthy/corpus.ts',
              },
            }
          : {}),
        ...(opts.companion ? { companion: { ...opts.companion, chosenWeight: blend.weight } } : {}),
        folds: opts.folds,
        cv,
      },
    },
    fit.weights.subarray(0, sparseDim),
    lexicon,
    opts.companion && companionFit && companionPlatt
      ? {
          header: {
            bits: opts.companion.bits,
            bias: companionFit.bias,
            platt: companionPlatt,
            weight: blend.weight,
          },
          weights: companionFit.weights,
        }
      : undefined,
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
