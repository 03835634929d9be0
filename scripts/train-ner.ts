/**
 * `npm run train:ner -- --data <conll2003 dir> [--shared <dir>] [--max-epochs N] [--no-stage2] [--scheme bio|bilou] [--augment share]`
 *
 * Trains the two-stage averaged-perceptron NER tagger on train.txt only
 * (a seeded 4% of its sentences recased, as headlines are: lowercase or
 * Title Case). valid.txt (when present) only picks the number of epochs per
 * stage (early stopping). Word clusters are induced from local unlabeled
 * news text under --shared (default: the folder above --data; cached in
 * .claimtrail/ner-cache). Deterministic: the same
 * inputs give the same bytes. Writes functions/models/ner.bin.br and, unless
 * --out names another file, what it was trained on
 * (scripts/train/ner/trained-on.json: its sha256, the digest of its inputs,
 * the options); then run `npm run models:manifest`.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { readConll } from '../functions/domain/ner/conll';
import { Gazetteer } from '../functions/domain/ner/gazetteer';
import { NER_MODEL_FILE } from '../functions/domain/ner/index';
import { bilouLabels, bioLabels, transitions } from '../functions/domain/ner/iob';
import { encodeModel, type NerModelData } from '../functions/domain/ner/model';
import { compressModel } from '../functions/models/compression';
import { modelPath } from '../functions/models/index';
import { modelDigest } from '../functions/models/manifest-digest';
import { exitOnError } from './lib/exit-on-error';
import { loadOrInduceClusters } from './train/ner/clusters';
import { publicLists, trainLists } from './train/ner/gazetteers';
import { nerInputOptions, nerInputsDigest } from './train/ner/inputs-digest';
import { trainNer } from './train/ner/pipeline';
import { writeTrainedOn } from './train/trained-on';

exitOnError('npm run train:ner');

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  return process.argv[i + 1];
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const t0 = performance.now();
const log = (msg: string) =>
  console.error(`[train-ner ${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

const dataDir = arg('data');
if (!dataDir) {
  console.error(
    'usage: npm run train:ner -- --data <conll2003 dir> [--shared <dir>] [--max-epochs N] [--no-stage2] [--scheme bio|bilou] [--augment share]',
  );
  process.exit(2);
}
const sharedDir = arg('shared', dirname(resolve(dataDir))) as string;
// the options as given, defaults filled in: the trained-on record keeps them
const options: Record<string, string> = {
  'max-epochs': arg('max-epochs', '20') as string,
  'hash-bits': arg('hash-bits', '21') as string,
  folds: arg('folds', '5') as string,
  scheme: arg('scheme', 'bio') as string,
  augment: arg('augment', '0.04') as string,
  'min-ratio': arg('min-ratio', '3e-4') as string,
  'no-stage2': String(flag('no-stage2')),
  'no-clusters': String(flag('no-clusters')),
};
const maxEpochs = Number(options['max-epochs']);
const hashBits = Number(options['hash-bits']);
const folds = Number(options.folds);
const out = arg('out', modelPath(NER_MODEL_FILE)) as string;

const train = readConll(readFileSync(join(dataDir, 'train.txt'), 'utf8'));
const validPath = join(dataDir, 'valid.txt');
const valid = existsSync(validPath) ? readConll(readFileSync(validPath, 'utf8')) : null;
log(`train: ${train.length} docs; valid: ${valid ? valid.length : 'none'} docs`);

const clusters = flag('no-clusters') ? null : loadOrInduceClusters(train, sharedDir, log);
const pub = publicLists();
const full = [...trainLists(train), ...pub];
log(`gazetteer: ${full.map((l) => l.length).join('/')}`);

const labels = options.scheme === 'bilou' ? bilouLabels() : bioLabels();
const result = trainNer({
  train,
  valid,
  labels,
  constraints: transitions(labels),
  hashBits,
  clusters,
  gazetteer: new Gazetteer(full),
  foldGazetteer: (from) => new Gazetteer([...trainLists(from), ...pub]),
  folds,
  augment: Number(options.augment),
  maxEpochs,
  stage2: !flag('no-stage2'),
  log,
});

const data: NerModelData = {
  labels,
  hashBits,
  clusters,
  gazetteerLists: full,
  stages: result.stages,
  meta: result.meta,
};
// the unquantised model, for re-encoding experiments (scripts/train/ner/requantize.ts)
mkdirSync(join(process.cwd(), '.claimtrail', 'ner-cache'), { recursive: true });
writeFileSync(join(process.cwd(), '.claimtrail', 'ner-cache', 'last-model.v8'), serialize(data));
const bytes = compressModel(encodeModel(data, Number(options['min-ratio'])));
writeFileSync(out, bytes);
log(`wrote ${out}: ${(bytes.length / 1024).toFixed(0)} KiB; ${JSON.stringify(result.meta)}`);
// the committed model's record: only when it is the one written (the digest reads its clusters from it)
if (!arg('out')) {
  const inputs = nerInputsDigest(dataDir, sharedDir, log, nerInputOptions(options));
  writeTrainedOn('ner', { model: modelDigest(bytes), inputs, options });
  log(`recorded sha256 ${modelDigest(bytes)}, inputs ${inputs}`);
}
