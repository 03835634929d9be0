import { afterEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../functions/domain/parse/date';

const machineZone = process.env.TZ;
const inZone = (zone: string) => {
  // Node reads a TZ change at once: Date then reads local times in this zone.
  process.env.TZ = zone;
};

describe('isoDate plausibility', () => {
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('rejects times the clock does not show', () => {
    expect(isoDate('2026-08-01T25:99:00Z')).toBeNull();
    expect(isoDate('2026-08-01T24:00:00Z')).toBeNull();
    expect(isoDate('2026-08-01T12:60:00Z')).toBeNull();
    expect(isoDate('2026-06-30T23:59:60Z')).toBeNull();
    expect(isoDate('2026-08-01T12:00:00+25:00')).toBeNull();
    expect(isoDate('2026-08-01T23:59:59+14:00')).toBe('2026-08-01T23:59:59+14:00');
    expect(isoDate('2026-08-01T00:00')).toBe('2026-08-01T00:00:00');
  });

  it('rejects years after 2100, as it rejects years before 1900', () => {
    expect(isoDate('9999-01-01')).toBeNull();
    expect(isoDate('3000-01-01T00:00:00Z')).toBeNull();
    expect(isoDate('3000/1/1')).toBeNull();
    expect(isoDate('Jan 1, 3000')).toBeNull();
    expect(isoDate(Date.UTC(3000, 0, 1))).toBeNull();
    expect(isoDate('1066-10-14')).toBeNull();
    expect(isoDate('2100-12-31')).toBe('2100-12-31');
    expect(isoDate('2101-01-01')).toBeNull();
  });

  it('reads a date written without a zone as UTC, whatever the machine time zone', () => {
    for (const zone of ['Asia/Tokyo', 'America/New_York', 'UTC', 'Pacific/Kiritimati']) {
      inZone(zone);
      expect(isoDate('Feb 5, 2024'), zone).toBe('2024-02-05T00:00:00.000Z');
      expect(isoDate('18 November 2019'), zone).toBe('2019-11-18T00:00:00.000Z');
      expect(isoDate('Nov 18, 2019 10:00 PM'), zone).toBe('2019-11-18T22:00:00.000Z');
      expect(isoDate('Jul 4, 2024 12:30'), zone).toBe('2024-07-04T12:30:00.000Z');
      // A date that names its zone keeps the instant it names.
      expect(isoDate('Tue, 19 Nov 2019 10:00:00 GMT'), zone).toBe('2019-11-19T10:00:00.000Z');
      expect(isoDate('Tue, 19 Nov 2019 10:00:00 +0900'), zone).toBe('2019-11-19T01:00:00.000Z');
      expect(isoDate('Tue, 19 Nov 2019 10:00:00 -0500'), zone).toBe('2019-11-19T15:00:00.000Z');
      expect(isoDate('Nov 18, 2019 10:00 PM EST'), zone).toBe('2019-11-19T03:00:00.000Z');
      expect(isoDate('Mon Nov 18 2019 10:00:00 GMT+0900 (JST)'), zone).toBe('2019-11-18T01:00:00.000Z');
    }
  });

  it('reads eight digits as YYYYMMDD and rejects other bare numbers', () => {
    expect(isoDate('20240205')).toBe('2024-02-05');
    expect(isoDate('20240230')).toBeNull();
    expect(isoDate('99990101')).toBeNull();
    expect(isoDate('12345')).toBeNull();
    expect(isoDate('1574121600')).toBeNull();
  });

  it('rejects a year or a month with no day rather than invent one', () => {
    expect(isoDate('2026')).toBeNull();
    expect(isoDate('2026-08')).toBeNull();
    expect(isoDate('2026/08')).toBeNull();
    expect(isoDate('August 2026')).toBeNull();
  });
});
