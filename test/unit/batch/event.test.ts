import { describe, expect, it } from 'vitest';
import { DEFAULT_RECENT_HOURS, reconcileOptions } from '../../../functions/batch/event';

const NOW = Date.UTC(2026, 10, 25, 12);

describe('reconcileOptions', () => {
  it('runs a full pass for an empty or missing payload', () => {
    expect(reconcileOptions({}, NOW)).toEqual({});
    expect(reconcileOptions(undefined, NOW)).toEqual({});
    expect(reconcileOptions({ mode: 'full' }, NOW)).toEqual({});
  });

  it('runs a recent pass over the hours asked, two days by default', () => {
    expect(reconcileOptions({ mode: 'recent', recentHours: 6 }, NOW)).toEqual({
      modifiedSince: new Date(NOW - 6 * 3_600_000),
    });
    expect(reconcileOptions({ mode: 'recent' }, NOW).modifiedSince?.getTime()).toBe(
      NOW - DEFAULT_RECENT_HOURS * 3_600_000,
    );
  });

  it.each([
    [{ mode: 'partial' }, /mode/],
    [{ mode: 'recent', recentHours: 0 }, /recentHours/],
    [{ mode: 'recent', recentHours: 1.5 }, /recentHours/],
    [{ mode: 'recent', recentHours: '48' }, /recentHours/],
    [{ full: true }, /full|Unrecognized/i],
    ['reconcile', /invalid batch event/],
  ])('rejects %j with a readable error', (event, message) => {
    expect(() => reconcileOptions(event, NOW)).toThrow(/^invalid batch event: /);
    expect(() => reconcileOptions(event, NOW)).toThrow(message);
  });

  it('never accepts random junk silently (fuzz)', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const junk = () => {
      const pick = Math.floor(rand() * 5);
      if (pick === 0) return rand() * 1e6;
      if (pick === 1)
        return String.fromCharCode(...Array.from({ length: 8 }, () => 32 + Math.floor(rand() * 90)));
      if (pick === 2) return { mode: 'recent', recentHours: -rand() * 100 };
      if (pick === 3) return { mode: String(rand()) };
      return [rand()];
    };
    for (let i = 0; i < 200; i++) expect(() => reconcileOptions(junk(), NOW)).toThrow(/invalid batch event/);
  });
});
