import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConllDocument, readConll } from '../../../functions/domain/ner/conll';
import {
  type ClusterLexicon,
  FeatureExtractor,
  type SentenceFeatures,
} from '../../../functions/domain/ner/features';
import { Gazetteer } from '../../../functions/domain/ner/gazetteer';
import { NER_MODEL_FILE } from '../../../functions/domain/ner/index';
import { bilouLabels, bioLabels, encodeTags, transitions } from '../../../functions/domain/ner/iob';
import { decodeModel, typeOfLabels } from '../../../functions/domain/ner/model';
import { stage2Features } from '../../../functions/domain/ner/stage2';
import { readModel } from '../../../functions/models/index';
import { requireSources } from '../../lib/shared-sources';
import { NER_UNLABELED_SOURCES, unlabeledSentences } from './clusters';
import { type Lists, publicLists, trainLists } from './gazetteers';
import { augment } from './pipeline';

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
 * - every token's stage-1 features (FeatureExtractor with the per-fold
 *   gazetteers and the recased share of train; valid with the full one);
 * - stage-2 features (stage2Features), with gold labels standing in for the
 *   jackknifed stage-1 predictions, which only training gives.
 *
 * Features that need word clusters take them from the model at
 * functions/models/ner.bin.br, as induced for it: no induction, no
 * .claimtrail/ner-cache.
 *
 * Not covered: code under scripts/ (the perceptron, the cluster induction,
 * how pipeline.ts uses the pieces: changing the trainer is a deliberate
 * retrain), and domain code that runs only while or after fitting: Viterbi
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
 * features of every train and valid document, built as trainNer
 * (pipeline.ts) builds them.
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
  const gazetteer = new Gazetteer(full);
  const extractor = new FeatureExtractor({ hashBits: o.hashBits, clusters: input.clusters, gazetteer });
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const goldOf = (doc: ConllDocument) =>
    doc.sentences.map((s) => Int32Array.from(encodeTags(s.tags, labels), (t) => labelId.get(t) ?? 0));

  const train = augment(input.train, o.augment);
  foldFeatures(extractor, input.train, train, o.folds, pub, (d, feats) => {
    json(hash, ['train', d]);
    digestSentenceFeatures(hash, goldOf(train[d] as ConllDocument), feats);
  });
  // valid and stage 2 see the full gazetteer, as in trainNer
  extractor.gazetteer = gazetteer;
  input.valid.forEach((doc, d) => {
    json(hash, ['valid', d]);
    digestSentenceFeatures(hash, goldOf(doc), extractor.document(tokensOf(doc)));
  });
  if (!o.stage2) return;
  const nTypes = Math.max(...typeOf);
  for (const [name, docs] of [
    ['train', train],
    ['valid', input.valid],
  ] as const) {
    docs.forEach((doc, d) => {
      json(hash, [`${name} stage 2`, d]);
      const gold = goldOf(doc);
      const infos = doc.sentences.map((s) => s.tokens.map((t) => extractor.info(t)));
      digestSentenceFeatures(hash, gold, stage2Features(extractor, infos, gold, typeOf, nTypes));
    });
  }
}

const tokensOf = (doc: ConllDocument) => doc.sentences.map((s) => s.tokens);

/**
 * Stage-1 features of the (recased) train documents, fold by fold: each
 * fold's documents see gazetteer lists from the other folds only.
 */
function foldFeatures(
  extractor: FeatureExtractor,
  original: readonly ConllDocument[],
  recased: readonly ConllDocument[],
  folds: number,
  pub: Lists,
  each: (d: number, feats: SentenceFeatures[]) => void,
): void {
  for (let k = 0; k < folds; k++) {
    extractor.gazetteer = new Gazetteer([...trainLists(original.filter((_, d) => d % folds !== k)), ...pub]);
    recased.forEach((doc, d) => {
      if (d % folds === k) each(d, extractor.document(tokensOf(doc)));
    });
  }
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
