/** conlleval-style scoring: a mention counts only with exact span and type. */

import { spansOf } from './iob';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface NerScore {
  overall: PRF;
  perType: Record<string, PRF>;
}

interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

function prf(c: Counts): PRF {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, ...c };
}

export class NerScorer {
  private readonly total: Counts = { gold: 0, predicted: 0, correct: 0 };
  private readonly byType = new Map<string, Counts>();

  private counts(type: string): Counts {
    let c = this.byType.get(type);
    if (!c) {
      c = { gold: 0, predicted: 0, correct: 0 };
      this.byType.set(type, c);
    }
    return c;
  }

  /** Adds one sentence (tags in any IOB scheme). */
  add(gold: readonly string[], pred: readonly string[]): void {
    const g = spansOf(gold);
    const p = spansOf(pred);
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const gs = new Set(g.map(key));
    for (const s of g) {
      this.total.gold++;
      this.counts(s.type).gold++;
    }
    for (const s of p) {
      this.total.predicted++;
      this.counts(s.type).predicted++;
      if (gs.has(key(s))) {
        this.total.correct++;
        this.counts(s.type).correct++;
      }
    }
  }

  result(): NerScore {
    const perType: Record<string, PRF> = {};
    for (const t of [...this.byType.keys()].sort()) perType[t] = prf(this.byType.get(t) as Counts);
    return { overall: prf(this.total), perType };
  }
}
