import { describe, expect, it } from 'vitest';
import { withoutOpeningTime } from '../../functions/domain/attribution/opening-time';
import { runsIn } from './runs-fixture';

/** The source `withoutOpeningTime` leaves of `found` in `text`. */
function source(text: string, found: string): string {
  const { seq, runs, read } = runsIn(text, [['source', found]]);
  return read([withoutOpeningTime(seq, runs[0] as (typeof runs)[0])])[0]?.[1] as string;
}

describe('a source the tagger opened on the time its sentence opens with', () => {
  it('starts after the time', () => {
    expect(source('Earlier Tony Blair defended the plans.', 'Earlier Tony Blair')).toBe('Tony Blair');
    expect(source('Yesterday the minister said talks were over.', 'Yesterday the minister')).toBe(
      'the minister',
    );
    expect(source('Last year Acme opposed the ban.', 'Last year Acme')).toBe('Acme');
    expect(source('On Monday Acme said it would sell.', 'On Monday Acme')).toBe('Acme');
    expect(source('In 2004 Acme said it would sell.', 'In 2004 Acme')).toBe('Acme');
  });

  it('keeps a time not opening the sentence, "Today", or one with no name after it', () => {
    expect(source('So Earlier Tony Blair defended it.', 'Earlier Tony Blair')).toBe('Earlier Tony Blair');
    expect(source('Last year many opposed the ban.', 'Last year many')).toBe('Last year many');
    expect(source('Today Acme said it would sell.', 'Today Acme')).toBe('Today Acme');
    expect(source('Earlier said it.', 'Earlier')).toBe('Earlier');
  });
});
