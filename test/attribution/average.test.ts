import { describe, expect, it } from 'vitest';
import type { AttributionModel } from '../../functions/domain/attribution/model';
import { averageModels } from '../../scripts/train/attribution/average';

const chain = (v: number) => ({
  emission: Float32Array.from([v, 2 * v]),
  transition: Float32Array.from([v]),
  start: Float32Array.from([-v]),
});
const model = (v: number): AttributionModel => ({
  bits: 1,
  lexicon: new Map([['said', 4]]),
  classes: new Map(),
  first: chain(v),
  second: chain(v + 1),
  link: chain(v + 2),
  spans: { dense: Float32Array.from([v]) },
  edges: { dense: Float32Array.from([v, -v]) },
  clusters: { map: new Map(), levels: 0 },
});

describe('averaging models trained with different seeds', () => {
  it('takes the mean of every weight set, keeping the word tables', () => {
    const avg = averageModels([model(1), model(3)]);
    expect([...avg.first.emission]).toEqual([2, 4]);
    expect([...avg.second.transition]).toEqual([3]);
    expect([...avg.link.start]).toEqual([-4]);
    expect([...avg.spans.dense]).toEqual([2]);
    expect([...avg.edges.dense]).toEqual([2, -2]);
    expect(avg.lexicon.get('said')).toBe(4);
  });

  it('returns a single model as it is, and refuses none', () => {
    const one = model(5);
    expect(averageModels([one])).toBe(one);
    expect(() => averageModels([])).toThrow(/no models/);
  });
});
