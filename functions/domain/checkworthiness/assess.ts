import type { CheckworthinessScorer } from '../extract/types';
import { type AssertionReason, assertionReasons } from './assertions';
import { detectHedges } from './hedges';

export interface SentenceAssessment {
  score: number;
  /** The scorer's verdict: score at or above its threshold. */
  checkworthy: boolean;
  /** Why the sentence states a checkable fact (empty for opinions, questions, and sentences with nothing checkable). */
  reasons: AssertionReason[];
  hedges: string[];
  /**
   * An unattributed claim worth keeping: check-worthy by the scorer, or a
   * checkable assertion whose score is at least half the threshold. The rules
   * recover factual sentences the scorer, trained on debate speech, is unsure
   * of; the floor keeps them from admitting what it confidently rejects.
   */
  assertion: boolean;
}

export function assessSentence(sentence: string, scorer: CheckworthinessScorer): SentenceAssessment {
  const score = scorer.score(sentence);
  const checkworthy = score >= scorer.threshold;
  const reasons = assertionReasons(sentence);
  return {
    score,
    checkworthy,
    reasons,
    hedges: detectHedges(sentence),
    assertion: checkworthy || (reasons.length > 0 && score >= scorer.threshold / 2),
  };
}
