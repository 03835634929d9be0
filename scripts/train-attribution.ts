/**
 * `npm run train:attribution -- --data <polnear-dir>`: trains the attribution
 * tagger on <data>/train once per fixed seed (`--seeds`), each in its own
 * process, `--jobs` at a time (default: one per core), averages the models
 * and writes functions/models/attribution.bin.br.
 * `--every-annotator` trains on each annotator's file of a text annotated more than once (default: the first).
 * `--dev` also scores the model as written (quantized, pruned) on <data>/dev;
 * `--out` writes elsewhere; `--prune first,second,linker,spans,edges` sets how many int8
 * steps a row must exceed to be kept (0 keeps every non-zero one).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractorFor } from '../functions/domain/attribution/index';
import { decodeModel, encodeModel, MODEL_FILE } from '../functions/domain/attribution/model';
import { compressModel } from '../functions/models/compression';
import { modelPath } from '../functions/models/index';
import { modelDigest } from '../functions/models/manifest-digest';
import { exitOnError } from './lib/exit-on-error';
import { averageModels } from './train/attribution/average';
import { readSplit } from './train/attribution/corpus';
import { evaluate } from './train/attribution/evaluate';
import { trainSeeds } from './train/attribution/seed-processes';
import { writeTrainedOn } from './train/trained-on';

exitOnError('npm run train:attribution');

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string', default: '10' },
    bits: { type: 'string', default: '20' },
    // chosen on dev (2026-12-05): the mean of six seeds scored above that of 7, 1, 2 and 3 (content 0.575 against 0.568)
    seeds: { type: 'string', default: '7,1,2,3,4,5' },
    folds: { type: 'string', default: '4' },
    'min-count': { type: 'string', default: '3' },
    // chosen on dev: pruning the span ranker harder acts as regularisation, the edge ranker less keeps its rarer cases
    prune: { type: 'string', default: '6,6,3,10,4' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    dev: { type: 'boolean', default: false },
    'every-annotator': { type: 'boolean', default: false },
  },
});
if (!values.data) {
  console.error(
    'usage: npm run train:attribution -- --data <polnear-dir> [--seeds 7,1,2,3,4,5] [--jobs N] [--dev] [--every-annotator] [--out <file>]',
  );
  process.exit(2);
}
if (!/^\d+(?:,\d+)*$/.test(values.seeds)) {
  console.error(`--seeds takes integers joined by commas, not "${values.seeds}"`);
  process.exit(2);
}
if (!/^[1-9]\d*$/.test(values.jobs)) {
  console.error(`--jobs takes a positive integer, not "${values.jobs}"`);
  process.exit(2);
}
// a missing split stops here with its path, before any process starts
readdirSync(join(values.data, 'train', 'text'));
const log = (line: string) => console.error(`[train:attribution] ${line}`);
const t0 = performance.now();
const seeds = values.seeds.split(',').map(Number);
log(`seeds ${seeds.join(', ')}; ${values.jobs} processes at a time`);
const { models, inputs } = await trainSeeds(
  values.data,
  seeds,
  {
    bits: Number(values.bits),
    epochs: Number(values.epochs),
    folds: Number(values.folds),
    minCount: Number(values['min-count']),
    everyAnnotator: values['every-annotator'],
  },
  Number(values.jobs),
);
const model = averageModels(models);
const encoded = encodeModel(model, values.prune.split(',').map(Number));
const bytes = compressModel(encoded);
const out = values.out ?? modelPath(MODEL_FILE);
writeFileSync(out, bytes);
const sha = modelDigest(bytes);
log(
  `wrote ${out} (${(bytes.length / 1024).toFixed(0)} KiB, sha256 ${sha}) in ${((performance.now() - t0) / 1000).toFixed(1)} s; inputs ${inputs}`,
);
// the committed model's record: only when it is the one written
if (!values.out) {
  const { seeds: s, bits, epochs, folds, 'min-count': minCount, prune } = values;
  writeTrainedOn('attribution', {
    model: sha,
    inputs,
    options: {
      seeds: s,
      bits,
      epochs,
      folds,
      'min-count': minCount,
      prune,
      // recorded only when set, so check:train-inputs reads the same files
      ...(values['every-annotator'] ? { 'every-annotator': 'true' } : {}),
    },
  });
}
if (values.dev) {
  // score the model as shipped: quantized and pruned
  const shipped = decodeModel(encoded, model.clusters);
  const { report } = evaluate(readSplit(join(values.data, 'dev')).articles, extractorFor(shipped));
  if (report) {
    const f = (x: number) => x.toFixed(3);
    for (const role of ['source', 'cue', 'content'] as const) {
      log(
        `dev ${role}: exact ${f(report[role].exact.f1)} overlap ${f(report[role].overlap.f1)} (P ${f(report[role].exact.p)} R ${f(report[role].exact.r)})`,
      );
    }
    log(`dev attribution exact ${f(report.attribution.exact.f1)}`);
  }
}
