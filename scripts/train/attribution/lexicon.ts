import type { CueLexicon } from '../../../functions/domain/attribution/features';
import type { Paragraph } from '../../../functions/domain/attribution/sequences';

const CUE_TAGS = new Set([3, 4]);

/** How often a word is tagged cue, bucketed 1..4 (>=3%, 10%, 25%, 50%); words seen fewer than 3 times are left out. */
export function buildLexicon(data: { paragraph: Paragraph; tags: Int32Array }[]): CueLexicon {
  const seen = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const { paragraph, tags } of data) {
    paragraph.tokens.forEach((t, i) => {
      const w = t.text.toLowerCase();
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (CUE_TAGS.has(tags[i] as number)) cue.set(w, (cue.get(w) ?? 0) + 1);
    });
  }
  const lexicon: CueLexicon = new Map();
  for (const [w, k] of cue) {
    const n = seen.get(w) ?? 0;
    if (n < 3 || k < 2) continue;
    const rate = k / n;
    const bucket = rate >= 0.5 ? 4 : rate >= 0.25 ? 3 : rate >= 0.1 ? 2 : rate >= 0.03 ? 1 : 0;
    if (bucket) lexicon.set(w, bucket);
  }
  return lexicon;
}
