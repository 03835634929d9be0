import { afterEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../functions/domain/parse/date';

const machineZone = process.env.TZ;

describe('isoDate on dates as pages word them', () => {
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('reads UK and European zone names as their offset, whatever the machine time zone', () => {
    for (const zone of ['Asia/Tokyo', 'America/New_York', 'UTC']) {
      process.env.TZ = zone;
      expect(isoDate('31 March 2024 10:00 BST'), zone).toBe('2024-03-31T09:00:00.000Z');
      expect(isoDate('Sunday, 31 March 2024 10:00 BST'), zone).toBe('2024-03-31T09:00:00.000Z');
      expect(isoDate('10:00 BST, 31 March 2024'), zone).toBe('2024-03-31T09:00:00.000Z');
      expect(isoDate('5 January 2024 10:00 CET'), zone).toBe('2024-01-05T09:00:00.000Z');
      expect(isoDate('31 March 2024 10:00 CEST'), zone).toBe('2024-03-31T08:00:00.000Z');
      expect(isoDate('31 march 2024 10:00 bst'), zone).toBe('2024-03-31T09:00:00.000Z');
    }
  });

  it('keeps reading the zones Date already knew', () => {
    expect(isoDate('31 March 2024 10:00 GMT')).toBe('2024-03-31T10:00:00.000Z');
    expect(isoDate('31 March 2024 10:00 EDT')).toBe('2024-03-31T14:00:00.000Z');
    expect(isoDate('31 March 2024 10:00 PST')).toBe('2024-03-31T18:00:00.000Z');
    expect(isoDate('Thu Feb 29 2024 10:00:00 GMT+0100 (CET)')).toBe('2024-02-29T09:00:00.000Z');
  });

  it('does not guess IST, which is India, Ireland or Israel', () => {
    expect(isoDate('31 March 2024 10:00 IST')).toBeNull();
  });

  it('reads ordinal days', () => {
    expect(isoDate('March 31st, 2024')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('31st March 2024')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('1st March 2024')).toBe('2024-03-01T00:00:00.000Z');
    expect(isoDate('2nd March 2024')).toBe('2024-03-02T00:00:00.000Z');
    expect(isoDate('3rd March 2024')).toBe('2024-03-03T00:00:00.000Z');
    expect(isoDate('4th March 2024')).toBe('2024-03-04T00:00:00.000Z');
    expect(isoDate('22nd of March 2024')).toBe('2024-03-22T00:00:00.000Z');
    // An ordinal does not make a missing year or day acceptable.
    expect(isoDate('31st March')).toBeNull();
    expect(isoDate('February 30th, 2024')).toBeNull();
  });

  it('reads times after "at", and 12-hour times written with a dot or without minutes', () => {
    expect(isoDate('June 2, 2024 at 3:45 PM')).toBe('2024-06-02T15:45:00.000Z');
    expect(isoDate('2 June 2024 at 15:45')).toBe('2024-06-02T15:45:00.000Z');
    expect(isoDate('2 June 2024, 15:45')).toBe('2024-06-02T15:45:00.000Z');
    expect(isoDate('2 June 2024 3.45pm')).toBe('2024-06-02T15:45:00.000Z');
    expect(isoDate('June 2, 2024, 3:45 p.m.')).toBe('2024-06-02T15:45:00.000Z');
    expect(isoDate('June 2, 2024 9am')).toBe('2024-06-02T09:00:00.000Z');
    expect(isoDate('Sunday, 31 March 2024 at 10.15am BST')).toBe('2024-03-31T09:15:00.000Z');
    expect(isoDate('June 2, 2024 13:45 PM')).toBeNull();
  });

  it('reads numeric dates day first when the first number is over 12, or when written with dots', () => {
    expect(isoDate('31-03-2024')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('31.03.2024')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('13/04/2024')).toBe('2024-04-13T00:00:00.000Z');
    expect(isoDate('31.03.2024 10:00 CET')).toBe('2024-03-31T09:00:00.000Z');
    // Dots are day first wherever they are written.
    expect(isoDate('04.05.2024')).toBe('2024-05-04T00:00:00.000Z');
    // A second number over 12 can only be the day.
    expect(isoDate('12-31-2024')).toBe('2024-12-31T00:00:00.000Z');
    expect(isoDate('12.31.2024')).toBe('2024-12-31T00:00:00.000Z');
    // Slashes stay month first, as Date and the US read them.
    expect(isoDate('04/05/2024')).toBe('2024-04-05T00:00:00.000Z');
    // Dashes are written both ways: no reading is guessed.
    expect(isoDate('04-05-2024')).toBeNull();
    expect(isoDate('31/04/2024')).toBeNull();
    expect(isoDate('30.02.2024')).toBeNull();
    expect(isoDate('13/13/2024')).toBeNull();
  });

  it('reads two-digit years in numeric dates, by the same day and month rules', () => {
    expect(isoDate('31.03.24')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('31-03-24')).toBe('2024-03-31T00:00:00.000Z');
    expect(isoDate('13/04/24')).toBe('2024-04-13T00:00:00.000Z');
    expect(isoDate('04.05.24')).toBe('2024-05-04T00:00:00.000Z');
    expect(isoDate('31.03.99')).toBe('1999-03-31T00:00:00.000Z');
    expect(isoDate('Sun 31.03.24 10:00 CET')).toBe('2024-03-31T09:00:00.000Z');
    expect(isoDate('04-05-24')).toBeNull();
    // No rolling over into the next month, with slashes either.
    expect(isoDate('31.04.24')).toBeNull();
    expect(isoDate('2/30/24')).toBeNull();
  });

  it('reads 24-hour times written with a dot after the year', () => {
    expect(isoDate('31.03.2024 15.45')).toBe('2024-03-31T15:45:00.000Z');
    expect(isoDate('31.03.2024, 15.45')).toBe('2024-03-31T15:45:00.000Z');
    expect(isoDate('31.03.24 at 15.45 CEST')).toBe('2024-03-31T13:45:00.000Z');
    expect(isoDate('31 March 2024 12.05.30')).toBe('2024-03-31T12:05:30.000Z');
    expect(isoDate('31.03.2024 25.45')).toBeNull();
  });
});
