import { describe, expect, it } from 'vitest';
import {
  CHECKWORTHY_FORMAT,
  decodeModel,
  encodeModel,
} from '../../functions/domain/checkworthiness/artifact';
import { DEFAULT_FEATURES } from '../../functions/domain/checkworthiness/features';
import { LinearCheckworthinessScorer } from '../../functions/domain/checkworthiness/scorer';

const features = { ...DEFAULT_FEATURES, bits: 10 };
const header = {
  format: CHECKWORTHY_FORMAT,
  features,
  bias: -0.5,
  platt: { a: 2, b: 0.25 },
  threshold: 0.4,
};

describe('check-worthiness model artifact', () => {
  it('round-trips weights through int8 quantization and drops zeros', () => {
    const weights = new Float64Array(1 << features.bits);
    weights[3] = 1.27;
    weights[700] = -0.64;
    weights[1023] = 0.0001; // below half a quantization step: dropped
    const model = decodeModel(encodeModel(header, weights));
    expect(model.header.count).toBe(2);
    expect(model.header.threshold).toBe(0.4);
    expect(model.weights[3]).toBeCloseTo(1.27, 5);
    expect(model.weights[700]).toBeCloseTo(-0.64, 5);
    expect(model.weights[1023]).toBe(0);
  });

  it('rejects an unknown format', () => {
    const bytes = encodeModel({ ...header, format: 'other/9' as typeof CHECKWORTHY_FORMAT }, [1]);
    expect(() => decodeModel(bytes)).toThrow(/unknown/);
  });

  it('scores with the Platt calibration of the header', () => {
    const scorer = new LinearCheckworthinessScorer(
      decodeModel(encodeModel(header, new Float64Array(1 << 10))),
    );
    // All weights zero: decision = bias, score = sigmoid(a · bias + b).
    expect(scorer.score('Anything at all.')).toBeCloseTo(1 / (1 + Math.exp(-(2 * -0.5 + 0.25))), 6);
    expect(scorer.threshold).toBe(0.4);
  });
});
