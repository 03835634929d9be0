import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeClaims, encodeClaims } from '../../../functions/commons/dynamo/claims-codec';
import type { Claim } from '../../../functions/domain/model/document';

const claim = (n: number): Claim => ({
  id: `a1.c${n}`,
  kind: 'unattributed',
  content: {
    start: n * 100,
    end: n * 100 + 80,
    text: `Claim number ${n} says the council spent £${n}m on roads.`,
  },
  cue: null,
  speaker: null,
  checkworthiness: 0.5,
  entities: ['org.the-council'],
  numbers: [{ start: n * 100 + 40, end: n * 100 + 44, text: `£${n}m` }],
  hedges: [],
  sentence: n,
});

describe('claims codec', () => {
  const claims = Array.from({ length: 15 }, (_, i) => claim(i + 1));

  it('round-trips the claims', () => {
    expect(decodeClaims(encodeClaims(claims))).toEqual(claims);
  });

  it('reads the gzip that earlier versions wrote', () => {
    expect(decodeClaims(gzipSync(JSON.stringify(claims)))).toEqual(claims);
  });

  it('stores fewer bytes than gzip', () => {
    expect(encodeClaims(claims).length).toBeLessThan(gzipSync(JSON.stringify(claims), { level: 9 }).length);
  });

  it('rejects bytes that are neither', () => {
    expect(() => decodeClaims(new Uint8Array([1, 2, 3]))).toThrow();
  });
});
