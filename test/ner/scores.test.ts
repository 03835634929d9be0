import { describe, expect, it } from 'vitest';
import type { SentenceFeatures, WordInfo } from '../../functions/domain/ner/features';
import { loadNerTagger } from '../../functions/domain/ner/index';

/** The tagger's private scoring parts, as the reference below reads them. */
interface Inside {
  S: number;
  L: number;
  weights: Float32Array;
  rows: Int32Array;
  extractor: {
    bos: WordInfo;
    eos: WordInfo;
    analyze(doc: string[][], withGroups: boolean): { infos: WordInfo[][]; feats: SentenceFeatures[] };
  };
  groupScores(w: WordInfo): Float32Array;
  rowOffsets(feats: Int32Array, from: number, to: number): number;
  scores(ws: WordInfo[], f: SentenceFeatures): Float32Array;
}

/** The loop the two-level one replaced (label and stage found by dividing), kept as the reference it must agree with to the bit. */
function byDivision(t: Inside, ws: WordInfo[], f: SentenceFeatures): Float32Array {
  const n = ws.length;
  const { L, S, weights } = t;
  const block = n * L;
  const out = new Float32Array(S * block);
  const bos = t.groupScores(t.extractor.bos);
  const eos = t.groupScores(t.extractor.eos);
  const SL = S * L;
  for (let i = 0; i < n; i++) {
    const c0 = t.groupScores(ws[i] as WordInfo);
    const c1 = i > 0 ? t.groupScores(ws[i - 1] as WordInfo) : bos;
    const c2 = i + 1 < n ? t.groupScores(ws[i + 1] as WordInfo) : eos;
    const c3 = i > 1 ? t.groupScores(ws[i - 2] as WordInfo) : bos;
    const c4 = i + 2 < n ? t.groupScores(ws[i + 2] as WordInfo) : eos;
    const m = t.rowOffsets(f.feats, f.offsets[i] as number, f.offsets[i + 1] as number);
    for (let g = 0; g < SL; g++) {
      let x = Math.fround(
        (c0[g] as number) +
          (c1[g + SL] as number) +
          (c2[g + 2 * SL] as number) +
          (c3[g + 3 * SL] as number) +
          (c4[g + 4 * SL] as number),
      );
      for (let j = 0; j < m; j++) x = Math.fround(x + (weights[(t.rows[j] as number) + g] as number));
      const st = (g / L) | 0;
      out[st * block + i * L + (g - st * L)] = x;
    }
  }
  return out;
}

describe('NER emission scores', () => {
  it('are the same to the bit as the loop they replaced', () => {
    const inside = loadNerTagger() as unknown as Inside;
    const doc = [
      ['Harriet', 'Vane', 'told', 'the', 'Oxford', 'inquiry', 'on', 'Monday', 'that', 'sales', 'fell', '.'],
      ['A', 'spokesman', 'for', 'Acme', 'Holdings', 'in', 'New', 'York', 'declined', 'to', 'comment', '.'],
      ['Yes'],
    ];
    const { infos, feats } = inside.extractor.analyze(doc, false);
    for (let s = 0; s < doc.length; s++) {
      const ws = infos[s] as WordInfo[];
      const f = feats[s] as SentenceFeatures;
      const got = inside.scores(ws, f);
      expect(got.length).toBe(inside.S * ws.length * inside.L);
      expect([...got]).toEqual([...byDivision(inside, ws, f)]);
    }
  });
});
