import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConllDocument, readConll } from '../../../functions/domain/ner/conll';
import type { ClusterLexicon, SentenceFeatures } from '../../../functions/domain/ner/features';
import { Gazetteer } from '../../../functions/domain/ner/gazetteer';
import { NER_MODEL_FILE } from '../../../functions/domain/ner/index';
import { bilouLabels, bioLabels, transitions } from '../../../functions/domain/ner/iob';
import { decodeModel, typeOfLabels } from '../../../functions/domain/ner/model';
import { stage2Features } from '../../../functions/domain/ner/stage2';
import { readModel } from '../../../functions/models/index';
import { requireSources } from '../../lib/shared-sources';
import { NER_UNLABELED_SOURCES, unlabeledSentences } from './clusters';
import { publicLists, trainLists } from './gazetteers';
import { stageOneData } from './pipeline';

/**
 * sha256 of what `npm run train:ner` takes from the domain code
 * (functions/domain/...) before it fits a weight, so that a code change that
 * would make it write another model is caught without training.
 *
 * Covers, in the trainer's order and with its options:
 * - train.txt and valid.txt as readConll parses them (tokens, IOB2 tags);
 * - the token keys of the unlabeled sentences the word clusters are induced
 *   from (splitSentences, findParagraphs, normalizeToken, wordKey), not the
 *   induction itself;
 * - the labels, their transition constraints and types, and each sentence's
 *   gold label ids (encodeTags);
 * - the gazetteer lists stored in the model (spansOf over train, compromise's
 *   lexicon through tokenize);
 * - every token's stage-1 features, built by the trainer's own stageOneData
 *   (per-fold gazetteers, the recased share of train; valid with the full one);
 * - stage-2 features (stage2Features), with gold labels standing in for the
 *   jackknifed stage-1 predictions, which only training gives.
 *
 * Features that need word clusters take them from the model at
 * functions/models/ner.bin.br, as induced for it: no induction, no
 * .claimtrail/ner-cache.
 *
 * Not covered: code under scripts/ past stage 1 (the perceptron, the cluster
 * induction, the jackknifing: changing the trainer is a deliberate retrain), and domain code that runs only while or after fitting: Viterbi
 * decoding (decode.ts), the early-stopping F1 (score.ts), the model encoding
 * (encodeModel, compressModel). Nor the compromise version beyond the lists
 * it gives.
 */
export function nerInputsDigest(
  dataDir: string,
  sharedDir: string,
  log: (m: string) => void = () => {},
  options: NerInputOptions = NER_INPUT_DEFAULTS,
): string {
  const hash = createHash('sha256');
  const t0 = performance.now();
  const step = (what: string) =>
    log(`inputs digest: ${what} (${((performance.now() - t0) / 1000).toFixed(1)}s)`);
  const { train, valid } = readNerSplits(dataDir);
  digestDocuments(hash, train);
  digestDocuments(hash, valid);
  step(`${train.length} train, ${valid.length} valid documents`);
  let clusters: ClusterLexicon | null = null;
  if (options.clusters) {
    requireSources(sharedDir, NER_UNLABELED_SOURCES);
    digestSentences(hash, unlabeledSentences(train, sharedDir));
    step('unlabeled sentences');
    clusters = modelClusters();
  }
  digestFeatures(hash, { train, valid, clusters }, options);
  step('features');
  return hash.digest('hex');
}

/** What of train:ner's options the inputs depend on. */
export interface NerInputOptions {
  scheme: string;
  hashBits: number;
  folds: number;
  /** Share of train sentences recased. */
  augment: number;
  clusters: boolean;
  stage2: boolean;
}

/** The options as train:ner records them (strings, scripts/train/trained-on.ts). */
export function nerInputOptions(given: Record<string, string>): NerInputOptions {
  return {
    scheme: given.scheme ?? 'bio',
    hashBits: Number(given['hash-bits'] ?? 21),
    folds: Number(given.folds ?? 5),
    augment: Number(given.augment ?? 0.04),
    clusters: given['no-clusters'] !== 'true',
    stage2: given['no-stage2'] !== 'true',
  };
}

/** train:ner's defaults (scripts/train-ner.ts). */
export const NER_INPUT_DEFAULTS: NerInputOptions = nerInputOptions({});

/** train.txt and valid.txt (none when absent), as train:ner reads them. */
export function readNerSplits(dataDir: string): { train: ConllDocument[]; valid: ConllDocument[] } {
  const read = (file: string) => readConll(readFileSync(join(dataDir, file), 'utf8'));
  return { train: read('train.txt'), valid: existsSync(join(dataDir, 'valid.txt')) ? read('valid.txt') : [] };
}

/** The word clusters stored in a NER model (the committed one by default), as induced for it. */
export function modelClusters(file = NER_MODEL_FILE): ClusterLexicon | null {
  return decodeModel(readModel(file)).clusters;
}

const json = (hash: Hash, x: unknown) => hash.update(`${JSON.stringify(x)}\n`);

/** Each document's sentences: tokens and tags; a marker between documents keeps their bounds. */
export function digestDocuments(hash: Hash, docs: readonly ConllDocument[]): void {
  json(hash, docs.length);
  for (const d of docs) json(hash, d.sentences);
}

/** Sentences as token keys (the unlabeled corpus). */
export function digestSentences(hash: Hash, sentences: readonly (readonly string[])[]): void {
  json(hash, sentences.length);
  for (const s of sentences) json(hash, s);
}

interface FeatureInputs {
  train: readonly ConllDocument[];
  valid: readonly ConllDocument[];
  clusters: ClusterLexicon | null;
}

/**
 * Labels, gazetteer lists, gold label ids and the stage-1 and stage-2
 * features of every train and valid document; stage 1 as trainNer builds
 * it (pipeline.ts, stageOneData).
 */
export function digestFeatures(hash: Hash, input: FeatureInputs, o: NerInputOptions): void {
  const labels = o.scheme === 'bilou' ? bilouLabels() : bioLabels();
  const c = transitions(labels);
  const typeOf = typeOfLabels(labels);
  json(hash, labels);
  for (const a of [c.allowed, c.canStart, c.canEnd, typeOf]) hash.update(a);

  const pub = publicLists();
  const full = [...trainLists(input.train), ...pub];
  json(hash, full);
  const { extractor, train, valid } = stageOneData({
    train: [...input.train],
    valid: [...input.valid],
    labels,
    hashBits: o.hashBits,
    clusters: input.clusters,
    gazetteer: new Gazetteer(full),
    foldGazetteer: (from) => new Gazetteer([...trainLists(from), ...pub]),
    folds: o.folds,
    augment: o.augment,
  });
  const docs = [
    ['train', train],
    ['valid', valid],
  ] as const;
  for (const [name, data] of docs)
    data.forEach((d, i) => {
      json(hash, [name, i]);
      digestSentenceFeatures(hash, d.gold, d.feats);
    });
  if (!o.stage2) return;
  // gold labels stand in for the jackknifed stage-1 predictions, which only training gives
  const nTypes = Math.max(...typeOf);
  for (const [name, data] of docs)
    data.forEach((d, i) => {
      json(hash, [`${name} stage 2`, i]);
      const infos = d.doc.sentences.map((s) => s.tokens.map((t) => extractor.info(t)));
      digestSentenceFeatures(hash, d.gold, stage2Features(extractor, infos, d.gold, typeOf, nTypes));
    });
}

/** Gold label ids and features of each sentence of one document. */
function digestSentenceFeatures(hash: Hash, gold: readonly Int32Array[], feats: readonly SentenceFeatures[]) {
  json(hash, feats.length);
  feats.forEach((f, s) => {
    hash.update(gold[s] as Int32Array);
    hash.update(f.offsets);
    hash.update(f.feats);
  });
}
