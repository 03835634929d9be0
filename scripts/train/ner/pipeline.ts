/**
 * Two-stage training: stage 1 tags with local + document-case features;
 * stage 2 adds how other occurrences of each word were tagged by stage 1
 * (jackknifed over folds of train so that stage 2 sees realistic errors).
 */

import type { ConllDocument } from '../../../functions/domain/ner/conll';
import type { LinearModel } from '../../../functions/domain/ner/decode';
import {
  type ClusterLexicon,
  FeatureExtractor,
  type SentenceFeatures,
} from '../../../functions/domain/ner/features';
import type { Gazetteer } from '../../../functions/domain/ner/gazetteer';
import { encodeTags } from '../../../functions/domain/ner/iob';
import type { StageWeights } from '../../../functions/domain/ner/model';
import { typeOfLabels } from '../../../functions/domain/ner/model';
import { NerScorer } from '../../../functions/domain/ner/score';
import { stage2Features } from '../../../functions/domain/ner/stage2';
import { type Constraints, type Instance, Perceptron, rng, shuffle } from './perceptron';

/** What stage-1 features are built from. */
export interface StageOneOptions {
  train: ConllDocument[];
  valid: ConllDocument[] | null;
  labels: string[];
  hashBits: number;
  clusters: ClusterLexicon | null;
  gazetteer: Gazetteer;
  /** A gazetteer whose train-derived lists come from the given documents only. */
  foldGazetteer(from: ConllDocument[]): Gazetteer;
  folds: number;
  /** Share of train sentences recased for robustness: half lowercased, half title-cased. */
  augment: number;
}

export interface TrainOptions extends StageOneOptions {
  constraints: Constraints;
  maxEpochs: number;
  stage2: boolean;
  log(msg: string): void;
}

export interface DocData {
  doc: ConllDocument;
  feats: SentenceFeatures[];
  gold: Int32Array[];
}

/**
 * Stage-1 features and gold label ids: train recased, each fold's documents
 * seeing train-derived gazetteer lists from the other folds only; valid with
 * the full gazetteer, which the extractor keeps afterwards.
 */
export function stageOneData(o: StageOneOptions): {
  extractor: FeatureExtractor;
  train: DocData[];
  valid: DocData[];
} {
  const labelId = new Map(o.labels.map((l, i) => [l, i]));
  const extractor = new FeatureExtractor({
    hashBits: o.hashBits,
    clusters: o.clusters,
    gazetteer: o.gazetteer,
  });
  const foldOf = (d: number) => d % o.folds;
  const goldOf = (doc: ConllDocument) =>
    doc.sentences.map((s) => Int32Array.from(encodeTags(s.tags, o.labels), (t) => labelId.get(t) ?? 0));
  const tokensOf = (doc: ConllDocument) => doc.sentences.map((s) => s.tokens);
  const train: DocData[] = new Array(o.train.length);
  const augmented = augment(o.train, o.augment);
  for (let k = 0; k < o.folds; k++) {
    extractor.gazetteer = o.foldGazetteer(o.train.filter((_, d) => foldOf(d) !== k));
    augmented.forEach((doc, d) => {
      if (foldOf(d) === k) train[d] = { doc, feats: extractor.document(tokensOf(doc)), gold: goldOf(doc) };
    });
  }
  extractor.gazetteer = o.gazetteer;
  const valid = (o.valid ?? []).map((doc) => ({
    doc,
    feats: extractor.document(tokensOf(doc)),
    gold: goldOf(doc),
  }));
  return { extractor, train, valid };
}

const SEED = 20031;
const PATIENCE = 5;

export function trainNer(o: TrainOptions): { stages: StageWeights[]; meta: Record<string, unknown> } {
  const L = o.labels.length;
  const typeOf = typeOfLabels(o.labels);
  const nTypes = Math.max(...typeOf);
  const foldOf = (d: number) => d % o.folds;
  const { extractor, train, valid } = stageOneData(o);
  const nFeats = train.reduce((a, d) => a + d.feats.reduce((b, f) => b + f.feats.length, 0), 0);
  const nTok = train.reduce((a, d) => a + d.gold.reduce((b, g) => b + g.length, 0), 0);
  o.log(`stage-1 features: ${(nFeats / nTok).toFixed(1)} per token over ${nTok} tokens`);

  const buckets = 1 << o.hashBits;
  const instancesOf = (docs: DocData[]): Instance[] =>
    docs.flatMap((d) => d.feats.map((f, s) => ({ f, gold: d.gold[s] as Int32Array })));

  const decodeDocs = (p: Perceptron, model: LinearModel, docs: DocData[]): Int32Array[][] =>
    docs.map((d) => d.feats.map((f) => p.decode(model, f)));

  const f1Of = (pred: Int32Array[][], docs: DocData[]): number => {
    const scorer = new NerScorer();
    docs.forEach((d, i) => {
      d.gold.forEach((g, s) => {
        const ps = (pred[i] as Int32Array[])[s] as Int32Array;
        scorer.add(
          Array.from(g, (x) => o.labels[x] as string),
          Array.from(ps, (x) => o.labels[x] as string),
        );
      });
    });
    return scorer.result().overall.f1;
  };

  /** Trains one stage; with valid data, early-stops on its F1; else runs `epochs`. */
  const runStage = (
    name: string,
    trainDocs: DocData[],
    validDocs: DocData[],
    epochs: number,
  ): { model: LinearModel; epochs: number; f1: number; p: Perceptron } => {
    const p = new Perceptron(buckets, L, o.constraints);
    const inst = instancesOf(trainDocs);
    const rand = rng(SEED);
    let best: { model: LinearModel; epochs: number; f1: number } | null = null;
    for (let e = 1; e <= epochs; e++) {
      const t = performance.now();
      const order = shuffle([...inst], rand);
      const mistakes = p.epoch(order);
      if (!validDocs.length) {
        if (e === epochs) best = { model: p.averaged(), epochs: e, f1: Number.NaN };
        o.log(
          `${name} epoch ${e}: ${mistakes} mistaken sentences (${((performance.now() - t) / 1000).toFixed(1)}s)`,
        );
        continue;
      }
      const model = p.averaged();
      const f1 = f1Of(decodeDocs(p, model, validDocs), validDocs);
      o.log(
        `${name} epoch ${e}: ${mistakes} mistaken sentences, valid F1 ${(f1 * 100).toFixed(2)} (${((performance.now() - t) / 1000).toFixed(1)}s)`,
      );
      if (!best || f1 > best.f1) best = { model, epochs: e, f1 };
      else if (e - best.epochs >= PATIENCE) break;
    }
    if (!best) throw new Error('no epochs');
    return { ...best, p };
  };

  const s1 = runStage('stage1', train, valid, o.maxEpochs);
  const stages: StageWeights[] = [prune(s1.model, buckets)];
  const meta: Record<string, unknown> = { stage1: { epochs: s1.epochs, validF1: s1.f1 } };
  if (!o.stage2) return { stages, meta };

  // jackknifed stage-1 predictions on train
  const s1Train: Int32Array[][] = new Array(train.length);
  for (let k = 0; k < o.folds; k++) {
    const inFold = train.filter((_, d) => foldOf(d) !== k);
    const r = runStage(`stage1 fold ${k}`, inFold, [], s1.epochs);
    train.forEach((d, i) => {
      if (foldOf(i) !== k) return;
      s1Train[i] = d.feats.map((f) => r.p.decode(r.model, f));
    });
  }
  o.log(`jackknifed stage-1 train F1 ${(f1Of(s1Train, train) * 100).toFixed(2)}`);
  const s1Valid = decodeDocs(s1.p, s1.model, valid);
  const withStage2 = (docs: DocData[], pred: Int32Array[][]): DocData[] =>
    docs.map((d, i) => {
      const extra = stage2Features(
        extractor,
        d.doc.sentences.map((s) => s.tokens.map((t) => extractor.info(t))),
        pred[i] as Int32Array[],
        typeOf,
        nTypes,
      );
      return { ...d, feats: d.feats.map((f, s) => concatFeatures(f, extra[s] as SentenceFeatures)) };
    });
  const s2 = runStage('stage2', withStage2(train, s1Train), withStage2(valid, s1Valid), o.maxEpochs);
  stages.push(prune(s2.model, buckets));
  meta.stage2 = { epochs: s2.epochs, validF1: s2.f1 };
  return { stages, meta };
}

const SHORT_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
]);

/**
 * Copies of the documents in which a seeded share of sentences is recased,
 * as headlines often are: all lowercase, or Title Case. Gold tags unchanged.
 */
export function augment(docs: readonly ConllDocument[], share: number): ConllDocument[] {
  if (share <= 0) return [...docs];
  const rand = rng(SEED + 1);
  return docs.map((d) => ({
    sentences: d.sentences.map((s) => {
      const r = rand();
      if (r >= share || s.tokens.length < 3) return s;
      const tokens =
        r < share / 2
          ? s.tokens.map((t) => t.toLowerCase())
          : s.tokens.map((t, i) =>
              i > 0 && SHORT_WORDS.has(t.toLowerCase())
                ? t.toLowerCase()
                : t.charAt(0).toUpperCase() + t.slice(1),
            );
      return { tokens, tags: s.tags };
    }),
  }));
}

/** Token-wise concatenation of two feature sets of one sentence. */
function concatFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.offsets.length - 1;
  const feats = new Int32Array(a.feats.length + b.feats.length);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const a0 = a.offsets[i] as number;
    const a1 = a.offsets[i + 1] as number;
    feats.set(a.feats.subarray(a0, a1), k);
    k += a1 - a0;
    const b0 = b.offsets[i] as number;
    const b1 = b.offsets[i + 1] as number;
    feats.set(b.feats.subarray(b0, b1), k);
    k += b1 - b0;
  }
  offsets[n] = k;
  return { feats, offsets };
}

/** Keeps the buckets whose weights are not all (near) zero. */
function prune(model: LinearModel, buckets: number): StageWeights {
  const L = model.nLabels;
  const keep: number[] = [];
  for (let b = 0; b < buckets; b++) {
    let max = 0;
    for (let l = 0; l < L; l++) max = Math.max(max, Math.abs(model.weights[b * L + l] as number));
    if (max > 1e-6) keep.push(b);
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((b, r) => {
    weights.set(model.weights.subarray(b * L, b * L + L), r * L);
  });
  return { buckets: Int32Array.from(keep), weights, trans: model.trans.slice() };
}
