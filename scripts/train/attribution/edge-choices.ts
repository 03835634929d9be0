import {
  EDGE_TEMPLATES,
  END,
  edgeCandidates,
  edgeFeatures,
  START,
} from '../../../functions/domain/attribution/edges';
import type { TokenInfo } from '../../../functions/domain/attribution/features';
import { runsOf } from '../../../functions/domain/attribution/tags';
import type { Choice } from './ranker';
import type { LinkExample, Prepared } from './train';

/** First and last content token of tags, or null when they have none. */
function contentOf(tags: ArrayLike<number>): { first: number; last: number } | null {
  const runs = runsOf(tags).filter((r) => r.role === 'content');
  const head = runs[0];
  const tail = runs[runs.length - 1];
  return head && tail ? { first: head.first, last: tail.last } : null;
}

/**
 * Two choices per linker example whose held-out output has content: where
 * that content starts and where it ends, the right answer being the gold
 * content's edge (left out when out of reach).
 */
export function edgeChoices(
  prep: Prepared,
  tagged: Int32Array[],
  links: LinkExample[],
  linked: Int32Array[],
): Choice[] {
  const out: Choice[] = [];
  links.forEach((ex, j) => {
    const predicted = contentOf(linked[j] as Int32Array);
    const gold = contentOf(ex.gold);
    if (!predicted || !gold) return;
    const seq = (prep.data[ex.paragraph] as Prepared['data'][number]).paragraph;
    const info = prep.infos[ex.paragraph] as TokenInfo;
    const tags = tagged[ex.paragraph] as Int32Array;
    for (const side of [START, END]) {
      const candidates = edgeCandidates(seq, predicted, ex.cue, side);
      const right = candidates.indexOf(side === START ? gold.first : gold.last);
      if (right < 0) continue;
      const features = new Uint32Array(candidates.length * EDGE_TEMPLATES);
      candidates.forEach((x, k) => {
        edgeFeatures(info, seq, tags, ex.cue, predicted, side, x, prep.mask, features, k * EDGE_TEMPLATES);
      });
      out.push({ features, gold: right });
    }
  });
  return out;
}
