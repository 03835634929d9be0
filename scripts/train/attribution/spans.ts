import {
  DROP,
  proposedCues,
  SPAN_TEMPLATES,
  spanCandidates,
  spanFeatures,
} from '../../../functions/domain/attribution/cuespan';
import type { TokenInfo } from '../../../functions/domain/attribution/features';
import type { Paragraph } from '../../../functions/domain/attribution/sequences';
import { runsOf } from '../../../functions/domain/attribution/tags';
import type { Choice } from './ranker';

/**
 * One choice per tagged cue run and per proposed one: its candidate spans
 * and which of them is the gold cue it overlaps most, or DROP when it overlaps none (runs whose
 * gold cue is out of reach teach nothing and are left out).
 */
export function spanChoices(
  data: { paragraph: Paragraph; tags: Int32Array }[],
  tagged: Int32Array[],
  infos: TokenInfo[],
  mask: number,
): Choice[] {
  const out: Choice[] = [];
  data.forEach((d, i) => {
    const predicted = tagged[i] as Int32Array;
    const gold = runsOf(d.tags).filter((r) => r.role === 'cue');
    const runs = runsOf(predicted)
      .filter((r) => r.role === 'cue')
      .map((r) => ({ first: r.first, last: r.last, proposed: false }));
    for (const run of [...runs, ...proposedCues(infos[i] as TokenInfo, predicted)]) {
      const overlap = (g: { first: number; last: number }) =>
        Math.min(g.last, run.last) - Math.max(g.first, run.first) + 1;
      const target = gold.filter((g) => overlap(g) > 0).sort((a, b) => overlap(b) - overlap(a))[0] ?? DROP;
      // unguarded: see spanCandidates
      const candidates = spanCandidates(d.paragraph, predicted, run, false);
      const right = candidates.findIndex((c) => c.first === target.first && c.last === target.last);
      if (right < 0) continue;
      const features = new Uint32Array(candidates.length * SPAN_TEMPLATES);
      candidates.forEach((c, k) => {
        spanFeatures(infos[i] as TokenInfo, predicted, run, c, mask, features, k * SPAN_TEMPLATES);
      });
      out.push({ features, gold: right });
    }
  });
  return out;
}
