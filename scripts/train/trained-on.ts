import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * What a committed model was trained on: its sha256 and the digest of its
 * trainer's inputs (each trainer's inputs-digest.ts). A test holds the first
 * to the committed file; `npm run check:train-inputs` holds the second to the
 * code, so a change that would make `npm run train:<model>` write another
 * model is caught when it is made.
 */
export interface TrainedOn {
  model: string;
  inputs: string;
  /** The command's options as given. */
  options: Record<string, string>;
}

export type TrainedModel = 'attribution' | 'ner' | 'checkworthy';

/** scripts/train/<model>/trained-on.json */
export function trainedOnFile(model: TrainedModel): string {
  return fileURLToPath(new URL(`./${model}/trained-on.json`, import.meta.url));
}

export function readTrainedOn(model: TrainedModel): TrainedOn {
  return JSON.parse(readFileSync(trainedOnFile(model), 'utf8')) as TrainedOn;
}

export function writeTrainedOn(model: TrainedModel, record: TrainedOn): void {
  writeFileSync(trainedOnFile(model), `${JSON.stringify(record, null, 2)}\n`);
}
