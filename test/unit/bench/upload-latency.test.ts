import { describe, expect, it } from 'vitest';
import { uploadLatency } from '../../../scripts/bench/upload-latency';

describe('uploadLatency', () => {
  it('runs from the first upload to the last completion, over the objects that completed', () => {
    const sent = new Map([
      ['a', 1_000],
      ['b', 2_000],
      ['c', 3_000],
    ]);
    const done = new Map([
      ['a', 1_500],
      ['b', 6_000],
      ['z', 9_000],
    ]);
    expect(uploadLatency(sent, done)).toEqual({ done: 2, seconds: 5, latencyMs: { p50: 4_000, p95: 4_000 } });
  });

  it('gives the median and 95th percentile of the latencies', () => {
    const sent = new Map(Array.from({ length: 100 }, (_, i) => [`k${i}`, 0] as const));
    const done = new Map(Array.from({ length: 100 }, (_, i) => [`k${i}`, (i + 1) * 10] as const));
    expect(uploadLatency(sent, done).latencyMs).toEqual({ p50: 510, p95: 960 });
  });
});
