import { describe, expect, it } from 'vitest';
import { inGroups } from '../../functions/domain/at-once';

describe('inGroups', () => {
  it('runs every value, never more than the group size at once, group after group', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await inGroups([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 8 - n));
      inFlight--;
      done.push(n);
    });
    expect(most).toBe(3);
    // within a group the faster finish first; a group starts only when the one before is done
    expect(done).toEqual([3, 2, 1, 6, 5, 4, 7]);
  });

  it('does nothing for no values', async () => {
    let runs = 0;
    await inGroups([], 5, async () => {
      runs++;
    });
    expect(runs).toBe(0);
  });
});
