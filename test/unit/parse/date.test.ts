import { describe, expect, it } from 'vitest';
import { calendarDay, isoDate } from '../../../functions/domain/parse/date';

describe('isoDate', () => {
  it('keeps ISO dates and date-times with their offset', () => {
    expect(isoDate('2019-11-18')).toBe('2019-11-18');
    expect(isoDate('2019-11-18T23:04:24-05:00')).toBe('2019-11-18T23:04:24-05:00');
    expect(isoDate('2019-11-18 23:04+0100')).toBe('2019-11-18T23:04:00+01:00');
    expect(isoDate(' 2019-11-18T08:55:39.123Z ')).toBe('2019-11-18T08:55:39.123Z');
  });

  it('turns other formats into ISO', () => {
    expect(isoDate('2019/11/7')).toBe('2019-11-07');
    expect(isoDate('Tue, 19 Nov 2019 10:00:00 GMT')).toBe('2019-11-19T10:00:00.000Z');
  });

  it('rejects what is not a plausible publication date', () => {
    expect(isoDate('')).toBeNull();
    expect(isoDate(null)).toBeNull();
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate('2019-13-40')).toBeNull();
    expect(isoDate('1970-01-01T00:00:00Z')).toBeNull();
    expect(isoDate('2019-02-30')).toBeNull();
    expect(isoDate('2019/2/30')).toBeNull();
    expect(isoDate({ date: '2019-11-18' })).toBeNull();
  });

  it('rejects a free-form date naming a day its month lacks, which Date.parse rolls into the next month', () => {
    expect(isoDate('Feb 30, 2024')).toBeNull();
    expect(isoDate('30 February 2024')).toBeNull();
    expect(isoDate('April 31, 2024')).toBeNull();
    expect(isoDate('Tue, 31 Apr 2024 10:00:00 GMT')).toBeNull();
    expect(isoDate('Feb 29, 2023')).toBeNull();
    expect(isoDate('4/31/2024 10:00')).toBeNull();
    expect(isoDate('2024-02-30 10:00 EST')).toBeNull();
    expect(isoDate('Feb 29, 2024')).toBe('2024-02-29T00:00:00.000Z');
    expect(isoDate('Sept 30, 2024')).toBe('2024-09-30T00:00:00.000Z');
    expect(isoDate('Thu Feb 29 2024 10:00:00 GMT+0100 (CET)')).toBe('2024-02-29T09:00:00.000Z');
  });

  it('rejects a free-form day with no year, which Date.parse would put in 2001', () => {
    for (const noYear of [
      'March 31',
      '1 March',
      '03/31',
      'Monday, March 31',
      'March 31 10:00 +0100',
      '31 March 10:00 GMT',
    ]) {
      expect(isoDate(noYear), noYear).toBeNull();
    }
    expect(isoDate('31 March 2024')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('3/31/24')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('Mon, 18 Nov 19 10:00 GMT')).toBe('2019-11-18T10:00:00.000Z');
  });

  it('keeps archive dates, and refuses epoch zero and year 1', () => {
    expect(isoDate('1985-05-01')).toBe('1985-05-01');
    expect(isoDate('1912-04-15T23:40:00-03:00')).toBe('1912-04-15T23:40:00-03:00');
    expect(isoDate('1970-01-01T00:00:00.000Z')).toBeNull();
    expect(isoDate('0001-01-01')).toBeNull();
  });

  it('reads epoch seconds and milliseconds as UTC', () => {
    expect(isoDate(1574121600)).toBe('2019-11-19T00:00:00.000Z');
    expect(isoDate(1574121600000)).toBe('2019-11-19T00:00:00.000Z');
    expect(isoDate(0)).toBeNull();
  });
});

describe('calendarDay', () => {
  it('knows month lengths and leap years', () => {
    expect(calendarDay('2024', '02', '29')).toBe(true);
    expect(calendarDay('2023', '02', '29')).toBe(false);
    expect(calendarDay('2026', '04', '31')).toBe(false);
    expect(calendarDay('2026', '13', '01')).toBe(false);
    expect(calendarDay('2026', '12', '31')).toBe(true);
  });
});
