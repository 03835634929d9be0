import { describe, expect, it, vi } from 'vitest';
import { withoutScheduledDueTo } from '../../functions/domain/checkworthiness/scheduled';

describe('withoutScheduledDueTo', () => {
  it('masks a timetable\'s "due to", not a cause', () => {
    expect(withoutScheduledDueTo('The panel is due to report on Friday.')).toBe('The panel   on Friday.');
    expect(withoutScheduledDueTo('The bill, due to be read in May, stalled.')).toBe(
      'The bill,   read in May, stalled.',
    );
    expect(withoutScheduledDueTo('The delay was due to the weather.')).toBe(
      'The delay was due to the weather.',
    );
  });

  it('returns a sentence with no "due to" as it is, unscanned', () => {
    const sentence = 'Sales rose by a tenth in the year to March.';
    const replace = vi.spyOn(String.prototype, 'replace');
    expect(withoutScheduledDueTo(sentence)).toBe(sentence);
    expect(replace).not.toHaveBeenCalled();
    replace.mockRestore();
  });
});
