import { readModel } from '../../models/index';
import type { CheckworthinessScorer } from '../extract/types';
import { decodeModel } from './artifact';
import { LinearCheckworthinessScorer } from './scorer';

export { type AssertionReason, assertionReasons, isCheckableAssertion } from './assertions';
export { assessSentence, type SentenceAssessment } from './assess';
export { detectHedges } from './hedges';
export { findQuantities, type Quantity } from './quantities';

export const CHECKWORTHY_MODEL_FILE = 'checkworthy.bin.br';

let cached: LinearCheckworthinessScorer | undefined;

/**
 * The ClaimBuster-trained scorer. The model is read once per process (a Lambda
 * container keeps it warm); pass bytes to load another model file instead.
 */
export function createCheckworthinessScorer(bytes?: Uint8Array): CheckworthinessScorer {
  if (bytes) return new LinearCheckworthinessScorer(decodeModel(bytes));
  cached ??= new LinearCheckworthinessScorer(decodeModel(readModel(CHECKWORTHY_MODEL_FILE)));
  return cached;
}
