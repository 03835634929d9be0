import type { FeatureExtractor, SentenceFeatures, WordInfo } from './features';
import { mix } from './hashing';
import { T } from './templates';
import { F_ALLCAP, F_HASALPHA, F_INITCAP } from './word-shape';

/**
 * Second-stage (document context) features from first-stage labels: the
 * first-stage label of the token and its neighbours, and how the other
 * occurrences of the same word in the document were tagged. Only these
 * features: stage 2 adds their scores to the stage-1 emission scores.
 */
export function stage2Features(
  extractor: FeatureExtractor,
  infos: readonly (readonly WordInfo[])[],
  labels: readonly Int32Array[],
  typeOfLabel: Int32Array,
  nTypes: number,
): SentenceFeatures[] {
  const m = extractor.mask;
  // per key id: counts of types over all occurrences (capitalised tokens only)
  const T1 = nTypes + 1;
  const counts = extractor.typeCounts(T1);
  infos.forEach((sent, s) => {
    const lab = labels[s] as Int32Array;
    sent.forEach((w, i) => {
      if (!(w.flags & F_HASALPHA) || !(w.flags & (F_INITCAP | F_ALLCAP))) return;
      const at = counts.slot(w.id);
      const t = typeOfLabel[lab[i] as number] as number;
      counts.data[at + t] = (counts.data[at + t] as number) + 1;
    });
  });
  return infos.map((sent, s) => {
    const lab = labels[s] as Int32Array;
    const n = sent.length;
    const out = new Int32Array(n * 8);
    const offsets = new Int32Array(n + 1);
    let k = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const w = sent[i] as WordInfo;
      const self = lab[i] as number;
      out[k++] = mix(T.S2Self, self) & m;
      out[k++] = mix(T.S2Prev, mix(self, i > 0 ? (lab[i - 1] as number) : -1)) & m;
      out[k++] = mix(T.S2Next, mix(self, i + 1 < n ? (lab[i + 1] as number) : -1)) & m;
      const at = w.flags & F_HASALPHA && w.flags & (F_INITCAP | F_ALLCAP) ? counts.find(w.id) : -1;
      if (at >= 0) {
        // exclude this occurrence
        const own = typeOfLabel[self] as number;
        let best = -1;
        let bestN = 0;
        let total = 0;
        let hasMask = 0;
        for (let t = 0; t <= nTypes; t++) {
          const v = (counts.data[at + t] as number) - (t === own ? 1 : 0);
          total += v;
          if (v > 0) hasMask |= 1 << t;
          if (v > bestN) {
            bestN = v;
            best = t;
          }
        }
        if (total > 0) {
          out[k++] = mix(T.S2Maj, best * 64 + own) & m;
          out[k++] = mix(T.S2Has, hasMask) & m;
          out[k++] = mix(T.S2Span, best * 4 + Math.min(3, total)) & m;
          out[k++] = mix(T.S2Maj, self * 64 + best + 32) & m;
        }
      }
    }
    offsets[n] = k;
    return { feats: out.subarray(0, k), offsets };
  });
}
