import { describe, expect, it } from 'vitest';
import { memoBounded, memoLast } from '../../../functions/domain/text/memo';

function counted() {
  const calls: string[] = [];
  const fn = (s: string) => {
    calls.push(s);
    return s.length;
  };
  return { calls, fn };
}

describe('memoBounded', () => {
  it('computes each argument once until the cache is full, then starts over', () => {
    const { calls, fn } = counted();
    const f = memoBounded(fn, 2);
    expect([f('a'), f('bb'), f('a'), f('bb')]).toEqual([1, 2, 1, 2]);
    expect(calls).toEqual(['a', 'bb']);
    expect(f('ccc')).toBe(3); // full: cleared, then cached
    expect(f('a')).toBe(1);
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('caches undefined results too', () => {
    let n = 0;
    const f = memoBounded(() => {
      n++;
      return undefined;
    }, 10);
    f('x');
    f('x');
    expect(n).toBe(1);
  });
});

describe('memoLast', () => {
  it('reuses the result of a repeated call and recomputes on a new argument', () => {
    const { calls, fn } = counted();
    const f = memoLast(fn);
    expect([f('a'), f('a'), f('bb'), f('a')]).toEqual([1, 1, 2, 1]);
    expect(calls).toEqual(['a', 'bb', 'a']);
  });
});
