import { assertionReasons } from '../checkworthiness/assertions';
import type { CheckworthinessScorer } from '../extract/types';

/** Model-free check-worthiness for extraction v1: the assertion cues, counted. */
export class HeuristicScorer implements CheckworthinessScorer {
  readonly threshold = 0.5;

  score(sentence: string): number {
    const reasons = assertionReasons(sentence).length;
    return Math.min(1, 0.2 + 0.25 * reasons);
  }
}
