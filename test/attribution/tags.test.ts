import { describe, expect, it } from 'vitest';
import { viterbi } from '../../functions/domain/attribution/linear';
import { allowed, NTAGS, runsOf } from '../../functions/domain/attribution/tags';

describe('BIO tags', () => {
  it('cuts runs at role changes and at each B', () => {
    // O B-SRC I-SRC B-CUE B-CON I-CON B-CON
    expect(runsOf([0, 1, 2, 3, 5, 6, 5])).toEqual([
      { role: 'source', first: 1, last: 2 },
      { role: 'cue', first: 3, last: 3 },
      { role: 'content', first: 4, last: 5 },
      { role: 'content', first: 6, last: 6 },
    ]);
  });

  it('lets an I tag continue only its own role', () => {
    expect(allowed(1, 2)).toBe(true);
    expect(allowed(2, 2)).toBe(true);
    expect(allowed(3, 2)).toBe(false);
    expect(allowed(0, 6)).toBe(false);
  });

  it('decodes the best sequence that obeys the constraints', () => {
    const none = new Float32Array(NTAGS * NTAGS);
    const weights = { emission: new Float32Array(0), transition: none, start: new Float32Array(NTAGS) };
    const scores = new Float32Array(2 * NTAGS);
    scores[0 * NTAGS + 0] = 3; // token 0 leans O
    scores[1 * NTAGS + 4] = 5; // token 1 leans I-CUE, which cannot follow O
    scores[1 * NTAGS + 3] = 4;
    expect([...viterbi(weights, scores, 2)]).toEqual([0, 3]);
  });
});
