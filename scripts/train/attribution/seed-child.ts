/**
 * One seed's training in its own process (./seed-processes.ts): reads the
 * training split, trains, and writes the model's weights with v8.serialize
 * to `--out`, without the NER clusters, which the parent holds too.
 * Prints `{"inputs": <inputsDigest>}` as its last line.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serialize } from 'node:v8';
import { exitOnError } from '../../lib/exit-on-error';
import { readSplit } from './corpus';
import { inputsDigest } from './inputs-digest';
import { prepare, type TrainOptions, trainModel } from './train';

exitOnError('train:attribution seed');

const { values } = parseArgs({
  options: { data: { type: 'string' }, out: { type: 'string' }, options: { type: 'string' } },
});
if (!values.data || !values.out || !values.options)
  throw new Error('seed-child needs --data, --out and --options');
const options = JSON.parse(values.options) as Omit<TrainOptions, 'log'>;
const log = (line: string) => console.error(`[train:attribution] seed ${options.seed}: ${line}`);
const articles = readSplit(join(values.data, 'train'), { everyAnnotator: options.everyAnnotator }).articles;
const prep = prepare(articles, { ...options, log });
const model = trainModel(articles, { ...options, log }, prep);
writeFileSync(values.out, serialize({ ...model, clusters: null }));
console.log(JSON.stringify({ inputs: inputsDigest(prep) }));
