import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What the committed attribution model was trained on: its sha256 and the
 * digest of the trainer's inputs (./inputs-digest.ts). A test holds the
 * first to the committed file; `npm run check:train-inputs` holds the
 * second to the code, so a change that would make `npm run
 * train:attribution` write another model is caught when it is made.
 */
export interface TrainedOn {
  model: string;
  inputs: string;
  /** The command's options as given: seeds, bits, epochs, folds, min-count, prune. */
  options: Record<string, string>;
}

export const TRAINED_ON_FILE = fileURLToPath(new URL('./trained-on.json', import.meta.url));

export function readTrainedOn(file = TRAINED_ON_FILE): TrainedOn {
  return JSON.parse(readFileSync(file, 'utf8')) as TrainedOn;
}

export function writeTrainedOn(record: TrainedOn, file = TRAINED_ON_FILE): void {
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
