import { describe, expect, it } from 'vitest';
import { nerClusters } from '../../functions/domain/attribution/clusters';
import { type ChainWeights, emissions, weightAt } from '../../functions/domain/attribution/linear';
import {
  type AttributionModel,
  checkTrainedOn,
  decodeModel,
  encodeModel,
  MODEL_FILE,
} from '../../functions/domain/attribution/model';
import { rankScore } from '../../functions/domain/attribution/ranking';
import { NTAGS } from '../../functions/domain/attribution/tags';
import { readModel } from '../../functions/models/index';

const clusters = { map: new Map([['said', Uint16Array.from([1, 2, 3])]]), levels: 3 };

/** A model of 2^bits buckets with no weights. */
function emptyModel(bits: number): AttributionModel {
  return {
    bits,
    lexicon: new Map(),
    classes: new Map(),
    first: chain(bits, []),
    second: chain(bits, []),
    link: chain(bits, []),
    spans: { dense: new Float32Array(2 ** bits) },
    edges: { dense: new Float32Array(2 ** bits) },
    clusters,
  };
}

function chain(bits: number, set: [number, number][]): ChainWeights {
  const emission = new Float32Array(2 ** bits * NTAGS);
  for (const [i, v] of set) emission[i] = v;
  return {
    emission,
    transition: new Float32Array(NTAGS * NTAGS).fill(-0.5),
    start: new Float32Array(NTAGS).fill(0.25),
  };
}

describe('attribution model artifact', () => {
  it('round-trips weights within int8 precision and drops rows that round to zero', () => {
    // emission index = bucket * 7 + tag
    const model = {
      bits: 4,
      lexicon: new Map([['said', 4]]),
      classes: new Map([['said', 19]]),
      first: chain(4, [
        [3, 12.7],
        [100, -6.3],
        [50, 0.01],
      ]),
      second: chain(4, [[111, 1]]),
      link: chain(4, [[7, -2]]),
      spans: { dense: Float32Array.from({ length: 16 }, (_, i) => (i === 9 ? -3.5 : i === 2 ? 0.01 : 0)) },
      edges: { dense: Float32Array.from({ length: 16 }, (_, i) => (i === 4 ? 2 : 0)) },
      clusters,
    };
    const back = decodeModel(encodeModel(model), clusters);
    expect(back.lexicon.get('said')).toBe(4);
    expect(back.classes.get('said')).toBe(19);
    expect(weightAt(back.first, 0, 3)).toBeCloseTo(12.7, 4);
    expect(weightAt(back.first, 14, 2)).toBeCloseTo(-6.3, 4);
    expect(weightAt(back.first, 7, 1)).toBe(0);
    expect(weightAt(back.second, 15, 6)).toBeCloseTo(1, 4);
    expect(weightAt(back.link, 1, 0)).toBeCloseTo(-2, 4);
    expect(back.first.transition[0]).toBe(-0.5);
    expect(back.second.start[6]).toBe(0.25);
    expect(rankScore(back.spans, Uint32Array.from([9, 2, 5]), 0, 3)).toBeCloseTo(-3.5, 4);
    expect(rankScore(back.edges, Uint32Array.from([4, 4]), 0, 2)).toBeCloseTo(4, 4);
  });

  it('refuses bytes that are not an attribution model', () => {
    const header = Buffer.from(JSON.stringify({ format: 'other', version: 1 }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    expect(() => decodeModel(Buffer.concat([length, header]), clusters)).toThrow(/not an attribution model/);
  });

  it('refuses word clusters other than those it was trained with', () => {
    const bits = 4;
    const model = emptyModel(bits);
    const other = { map: new Map([['said', Uint16Array.from([1, 2, 4])]]), levels: 3 };
    expect(() => checkTrainedOn(encodeModel(model), other)).toThrow(/other word clusters/);
    expect(() => checkTrainedOn(encodeModel(model), clusters)).not.toThrow();
  });
});

describe('committed models', () => {
  it('pair up: the attribution model was trained on the word clusters of the NER model', () => {
    expect(() => checkTrainedOn(readModel(MODEL_FILE), nerClusters())).not.toThrow();
  });
});

describe('stored weights', () => {
  it('score tokens as the dense weights they were encoded from', () => {
    const bits = 10;
    const dense = new Float32Array(2 ** bits * NTAGS);
    // every third bucket carries weights, some in the top bit of their 32-bucket word
    for (let b = 0; b < 2 ** bits; b += 3)
      for (let t = 0; t < NTAGS; t++) dense[b * NTAGS + t] = ((b * 7 + t * 13) % 255) - 127;
    const model = emptyModel(bits);
    model.first.emission = dense;
    const stored = decodeModel(encodeModel(model), clusters).first;
    const features = Uint32Array.from([0, 1, 31, 63, 95, 1023, 3, 510, 999, 42]);
    const got = emissions(stored, features, 2, 5);
    const want = emissions(model.first, features, 2, 5);
    expect([...got].map((v) => v.toFixed(2))).toEqual([...want].map((v) => v.toFixed(2)));
  });
});
