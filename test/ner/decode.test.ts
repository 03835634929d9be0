import { describe, expect, it } from 'vitest';
import { rowOf } from '../../functions/domain/lookup/sparse-index';
import { Decoder, emissions, type LinearModel, viterbi } from '../../functions/domain/ner/decode';
import { bilouLabels, bilouTransitions, bioLabels, transitions } from '../../functions/domain/ner/iob';
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
      clusters: {
        levels: 2,
        map: new Map([
          ['mosul', Uint16Array.of(1, 9)],
          ['baghdad', Uint16Array.of(3, 7)],
          ['aleppo', Uint16Array.of(4, 2)],
        ]),
      },
      gazetteerLists: [[['New', 'York']], []],
      stages: [
        { buckets: Int32Array.of(5, 200), weights: w1, trans },
        { buckets: Int32Array.of(7), weights: w2, trans },
      ],
      meta: { test: true },
    });
    const m = decodeModel(bytes);
    expect(m.labels).toEqual(labels);
    // read in place from the level-major table: each word gets its own ids
    expect(m.clusters?.map.get('baghdad')).toEqual(Uint16Array.of(3, 7));
    expect(m.clusters?.map.get('mosul')).toEqual(Uint16Array.of(1, 9));
    expect(m.clusters?.map.get('aleppo')).toEqual(Uint16Array.of(4, 2));
    expect(m.clusters?.map.get('basra')).toBeUndefined();
    expect(m.clusters?.map.size).toBe(3);
    expect([...(m.clusters?.map.keys() ?? [])]).toEqual(['aleppo', 'baghdad', 'mosul']);
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

describe('viterbi against exhaustive search', () => {
  /** The best allowed sequence by trying them all; the first in label order wins ties, as the decoder's strict > does. */
  function exhaustive(scores: Float32Array, n: number, K: number, trans: Float32Array, set: string[]) {
    const moves = transitions(set);
    const T = K + 1;
    let best = -Infinity;
    let arg: number[] = [];
    const walk = (seq: number[], score: number) => {
      if (seq.length === n) {
        const last = seq[n - 1] as number;
        if (!moves.canEnd[last]) return;
        const total = score + (trans[last * T + K] as number);
        if (total > best) {
          best = total;
          arg = [...seq];
        }
        return;
      }
      const i = seq.length;
      for (let l = 0; l < K; l++) {
        const p = seq[i - 1];
        if (p === undefined ? !moves.canStart[l] : !moves.allowed[p * K + l]) continue;
        const t = p === undefined ? (trans[K * T + l] as number) : (trans[p * T + l] as number);
        walk([...seq, l], score + t + (scores[i * K + l] as number));
      }
    };
    walk([], 0);
    return { best, arg };
  }

  it('finds a best-scoring allowed sequence for BIO and BILOU labels', () => {
    let s = 3;
    const next = () => {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      return s / 2 ** 32;
    };
    for (const set of [bioLabels(['PER', 'ORG']), bilouLabels(['PER'])]) {
      const K = set.length;
      const moves = transitions(set);
      const decoder = new Decoder(K, moves.allowed, moves.canStart, moves.canEnd);
      for (let trial = 0; trial < 40; trial++) {
        const n = 1 + Math.floor(next() * 4);
        const scores = Float32Array.from({ length: n * K }, () => Math.round(next() * 6 - 3));
        const trans = Float32Array.from({ length: (K + 1) * (K + 1) }, () => Math.round(next() * 4 - 2));
        const got = decoder.viterbi(scores, n, trans);
        const want = exhaustive(scores, n, K, trans, set);
        // integer scores: sums are exact, so the path found must score the best
        let total =
          (trans[K * (K + 1) + (got[0] as number)] as number) + (scores[got[0] as number] as number);
        for (let i = 1; i < n; i++)
          total +=
            (trans[(got[i - 1] as number) * (K + 1) + (got[i] as number)] as number) +
            (scores[i * K + (got[i] as number)] as number);
        total += trans[(got[n - 1] as number) * (K + 1) + K] as number;
        expect(total).toBe(want.best);
      }
    }
  });
});
