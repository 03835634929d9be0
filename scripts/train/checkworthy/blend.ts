import { averagePrecision, bestThreshold } from './metrics';

/** A model averaged in with the main one: its calibrated out-of-fold scores and the shares to try. */
export interface BlendMember {
  name: string;
  scores: number[];
  shares: number[];
}

export interface Blend {
  /** Per member, its chosen share; the main model takes the rest. */
  shares: number[];
  threshold: number;
  f1: number;
  ap: number;
}

/** All combinations of the members' shares that leave the main model a share above zero. */
function combinations(members: BlendMember[]): number[][] {
  return members.reduce<number[][]>(
    (acc, m) =>
      acc.flatMap((c) => m.shares.map((s) => [...c, s])).filter((c) => c.reduce((a, b) => a + b, 0) < 1),
    [[]],
  );
}

/**
 * The shares with the best out-of-fold F1 (the first of equals, in the
 * order the members' shares are listed): score = Σ share·member + (1 − Σ share)·main.
 */
export function chooseBlend(
  labels: number[],
  main: number[],
  members: BlendMember[],
  log: (msg: string) => void = () => {},
): Blend {
  let best: Blend | undefined;
  for (const shares of combinations(members)) {
    const rest = 1 - shares.reduce((a, b) => a + b, 0);
    const scores = main.map((p, i) =>
      members.reduce((s, m, k) => s + (shares[k] as number) * (m.scores[i] as number), rest * p),
    );
    const t = bestThreshold(labels, scores);
    const ap = averagePrecision(labels, scores);
    log(
      `cross-validation, ${members.map((m, k) => `${m.name} ${shares[k]}`).join(', ') || 'main model'}: F1 ${t.f1.toFixed(4)} AP ${ap.toFixed(4)}`,
    );
    if (!best || t.f1 > best.f1) best = { shares, threshold: t.threshold, f1: t.f1, ap };
  }
  return best as Blend;
}
