/** Positive-class precision, recall and F1 of predictions against gold labels. */
export function f1Score(
  gold: number[],
  predicted: number[],
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] === 1 && gold[i] === 1) tp++;
    else if (predicted[i] === 1) fp++;
    else if (gold[i] === 1) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Indices ordered by descending score; ties keep input order so results are deterministic. */
function ranking(scores: number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
}

/** Average precision of the ranking by score (mean of precision at each positive), as sklearn computes it without interpolation. */
export function averagePrecision(gold: number[], scores: number[]): number {
  const order = ranking(scores);
  const positives = gold.filter((g) => g === 1).length;
  if (!positives) return 0;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let prevRecall = 0;
  // Tied scores form one threshold: step through them together.
  for (let k = 0; k < order.length; ) {
    const s = scores[order[k] as number];
    while (k < order.length && scores[order[k] as number] === s) {
      if (gold[order[k] as number] === 1) tp++;
      else fp++;
      k++;
    }
    const recall = tp / positives;
    ap += (recall - prevRecall) * (tp / (tp + fp));
    prevRecall = recall;
  }
  return ap;
}

/** The threshold (midpoint between adjacent scores) that maximizes F1 on these scores. */
export function bestThreshold(gold: number[], scores: number[]): { threshold: number; f1: number } {
  const order = ranking(scores);
  const positives = gold.filter((g) => g === 1).length;
  let tp = 0;
  let fp = 0;
  let best = { threshold: 0.5, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    if (gold[order[k] as number] === 1) tp++;
    else fp++;
    const s = scores[order[k] as number] as number;
    const next = scores[order[k + 1] as number];
    if (next === s) continue;
    const f1 = (2 * tp) / (tp + fp + positives);
    if (f1 > best.f1) best = { threshold: next === undefined ? s : (s + next) / 2, f1 };
  }
  return best;
}
