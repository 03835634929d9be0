import { describe, expect, it } from 'vitest';
import { chunksOf, inGroups } from '../../functions/domain/at-once';

describe('inGroups', () => {
  it('runs every value, never more than the group size at once, group after group', async () => {
    let inFlight = 0;
    let most = 0;
    const started: number[][] = [];
    const done: number[] = [];
    await inGroups([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // what had finished when this one started: timers of a few ms could fire in any order on a busy host
      started.push([n, done.length]);
      await new Promise((r) => setTimeout(r, 8 - n));
      inFlight--;
      done.push(n);
    });
    expect(most).toBe(3);
    expect([...done].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // a group starts only when the one before is all done
    expect(started).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 3],
      [5, 3],
      [6, 3],
      [7, 6],
    ]);
  });

  it('does nothing for no values', async () => {
    let runs = 0;
    await inGroups([], 5, async () => {
      runs++;
    });
    expect(runs).toBe(0);
  });
});

describe('chunksOf', () => {
  it('cuts values into consecutive groups, the last one shorter, and none for no values', () => {
    expect(chunksOf([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(chunksOf([1, 2], 5)).toEqual([[1, 2]]);
    expect(chunksOf([], 4)).toEqual([]);
  });
});
