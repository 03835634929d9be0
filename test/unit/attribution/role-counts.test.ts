import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rolesOutside } from '../../../functions/domain/attribution/role-counts';
import { roleIndex } from '../../../functions/domain/attribution/tags';

/** The walk over the sentence the counts replace. */
function walked(tags: number[], first: number, last: number, s: number, e: number): number {
  let roles = 0;
  for (let i = first; i <= last; i++) if (i < s || i > e) roles |= 1 << roleIndex(tags[i] as number);
  return roles;
}

describe('roles outside a candidate span', () => {
  it('are the roles a walk over the rest of the sentence finds, for any tags, sentence and span', () => {
    const input = fc.record({
      tags: fc.array(fc.integer({ min: -1, max: 9 }), { minLength: 1, maxLength: 60 }),
      picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(input, ({ tags, picks }) => {
        const [a, b, c, d] = picks.map((p) => p % tags.length) as [number, number, number, number];
        const [first, last] = [Math.min(a, b), Math.max(a, b)];
        const [s, e] = [Math.min(c, d), Math.max(c, d)];
        expect(rolesOutside(tags, first, last, s, e)).toBe(walked(tags, first, last, s, e));
      }),
      { seed: 20261205, numRuns: 500 },
    );
  });

  it('see a source and a content around a cue, and not the cue itself', () => {
    // O, B-SOURCE, I-SOURCE, B-CUE, B-CONTENT: roles 0, 1, 1, 2, 3
    const tags = [0, 1, 2, 3, 5];
    expect(rolesOutside(tags, 0, 4, 3, 3)).toBe(0b1011);
  });
});
