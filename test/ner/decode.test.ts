import { describe, expect, it } from 'vitest';
import { rowOf } from '../../functions/domain/lookup/sparse-index';
import { Decoder, emissions, type LinearModel, viterbi } from '../../functions/domain/ner/decode';
import { bilouLabels, bilouTransitions } from '../../functions/domain/ner/iob';
import { decodedWeights, decodeModel, encodeModel, runtimeWeight } from '../../functions/domain/ner/model';

const labels = bilouLabels();
const L = labels.length;
const id = (l: string) => labels.indexOf(l);
const { allowed, canStart, canEnd } = bilouTransitions(labels);

describe('viterbi', () => {
  it('picks the best path and respects BILOU constraints', () => {
    const n = 3;
    const scores = new Float32Array(n * L);
    // token 0 prefers B-PER, token 1 prefers O (B-PER cannot end there) -> must pick a valid path
    scores[0 * L + id('B-PER')] = 5;
    scores[0 * L + id('U-PER')] = 4;
    scores[1 * L + id('O')] = 3;
    scores[1 * L + id('L-PER')] = 2.5;
    scores[2 * L + id('O')] = 1;
    const trans = new Float32Array((L + 1) * (L + 1));
    const path = Array.from(viterbi(scores, n, L, trans, allowed, canStart, canEnd), (x) => labels[x]);
    expect(path).toEqual(['B-PER', 'L-PER', 'O']);
  });

  it('uses transition scores', () => {
    const n = 2;
    const scores = new Float32Array(n * L);
    scores[0 * L + id('U-LOC')] = 1;
    scores[1 * L + id('U-LOC')] = 1;
    scores[1 * L + id('O')] = 0.9;
    const trans = new Float32Array((L + 1) * (L + 1));
    trans[id('U-LOC') * (L + 1) + id('U-LOC')] = -1;
    const d = new Decoder(L, allowed, canStart, canEnd);
    expect(Array.from(d.viterbi(scores, n, trans), (x) => labels[x])).toEqual(['U-LOC', 'O']);
  });

  it('handles empty sentences', () => {
    const d = new Decoder(L, allowed, canStart, canEnd);
    expect(d.viterbi(new Float32Array(0), 0, new Float32Array((L + 1) * (L + 1)))).toHaveLength(0);
  });
});

describe('emissions and the model format', () => {
  it('sums feature rows', () => {
    const weights = new Float32Array(4 * L);
    weights[1 * L + id('U-PER')] = 1.5;
    weights[2 * L + id('U-PER')] = -0.25;
    const model: LinearModel = {
      nLabels: L,
      rowOf: Int32Array.of(-1, 1, 2, 3),
      weights,
      trans: new Float32Array(1),
    };
    const s = emissions(model, { feats: Int32Array.of(1, 2, 0, 1), offsets: Int32Array.of(0, 2, 4) });
    expect(s[id('U-PER')]).toBeCloseTo(1.25);
    expect(s[L + id('U-PER')]).toBeCloseTo(1.5);
  });

  it('survives an encode/decode round trip with quantised weights', () => {
    const w1 = new Float32Array(2 * L);
    w1[0 * L + id('U-PER')] = 1.5;
    w1[1 * L + id('U-PER')] = -0.25;
    w1[1 * L + id('O')] = 0.5;
    const w2 = new Float32Array(1 * L);
    w2[id('B-LOC')] = 2;
    const trans = new Float32Array((L + 1) * (L + 1)).fill(0.5);
    const bytes = encodeModel({
      labels,
      hashBits: 8,
      clusters: { levels: 2, map: new Map([['baghdad', Uint16Array.of(3, 7)]]) },
      gazetteerLists: [[['New', 'York']], []],
      stages: [
        { buckets: Int32Array.of(5, 200), weights: w1, trans },
        { buckets: Int32Array.of(7), weights: w2, trans },
      ],
      meta: { test: true },
    });
    const m = decodeModel(bytes);
    expect(m.labels).toEqual(labels);
    expect(m.clusters?.map.get('baghdad')).toEqual(Uint16Array.of(3, 7));
    expect(m.gazetteerLists).toEqual([[['New', 'York']], []]);
    expect(m.model.nStages).toBe(2);
    expect(m.model.trans[1]?.[3]).toBe(0.5);
    const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(Math.abs(b) * 0.03 + 1e-3);
    close(runtimeWeight(m.model, 5, 0, id('U-PER')), 1.5);
    close(runtimeWeight(m.model, 200, 0, id('U-PER')), -0.25);
    close(runtimeWeight(m.model, 200, 0, id('O')), 0.5);
    close(runtimeWeight(m.model, 7, 1, id('B-LOC')), 2);
    expect(runtimeWeight(m.model, 7, 0, id('B-LOC'))).toBe(0);
    expect(runtimeWeight(m.model, 9, 0, id('O'))).toBe(0);
    // the decoded table holds exactly the weights the codes stand for
    const decoded = decodedWeights(m.model);
    const row = (bucket: number) => rowOf(m.model.index, bucket) * 2 * L;
    for (const bucket of [5, 7, 200])
      for (let st = 0; st < 2; st++)
        for (let l = 0; l < L; l++)
          expect(decoded[row(bucket) + st * L + l]).toBe(runtimeWeight(m.model, bucket, st, l));
  });
});
