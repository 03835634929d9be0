/**
 * `npm run check:train-inputs -- --data <polnear-dir>`: whether the
 * attribution trainer still reads, from PolNeAR train, what the committed
 * model was trained on (scripts/train/attribution/trained-on.json). Exit 1
 * when not: `npm run train:attribution` would write another model. CI runs it
 * with ../shared beside the clone; about 20 s.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exitOnError } from '../lib/exit-on-error';
import { readSplit } from '../train/attribution/corpus';
import { inputsDigest } from '../train/attribution/inputs-digest';
import { prepare } from '../train/attribution/train';
import { readTrainedOn } from '../train/trained-on';

exitOnError('npm run check:train-inputs');

const { values } = parseArgs({ options: { data: { type: 'string' } } });
if (!values.data) {
  console.error('usage: npm run check:train-inputs -- --data <polnear-dir>');
  process.exit(2);
}
const { inputs: recorded, options } = readTrainedOn('attribution');
const articles = readSplit(join(values.data, 'train')).articles;
// prepare reads only the feature width and the log
const opts = { bits: Number(options.bits), epochs: 0, folds: 0, seed: 0, minCount: 0, log: () => {} };
const now = inputsDigest(prepare(articles, opts));
if (now === recorded) {
  console.log(`check:train-inputs: the attribution trainer's inputs match the committed model's (${now})`);
} else {
  console.error(
    [
      "check:train-inputs: the attribution trainer's inputs changed since the committed model was trained",
      `  recorded ${recorded}`,
      `  now      ${now}`,
      `so \`npm run train:attribution -- --data ${values.data}\` would write another model.`,
      'Retrain and commit the model, or keep the change out of the attribution view',
      '(LinkOptions.document, AliasEntry.documentOnly in functions/domain/entities).',
    ].join('\n'),
  );
  process.exit(1);
}
