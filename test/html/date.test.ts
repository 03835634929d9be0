import { describe, expect, it } from 'vitest';
import { isoDate } from '../../functions/domain/parse/html/date';

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
  });
});
