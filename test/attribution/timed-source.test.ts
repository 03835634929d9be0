import { describe, expect, it } from 'vitest';
import { withoutTime } from '../../functions/domain/attribution/timed-source';
import { runsIn } from './runs-fixture';

/** The source `withoutTime` leaves of `found` in `text`. */
function source(text: string, found: string): string {
  const { seq, runs, read } = runsIn(text, [['source', found]]);
  return read([withoutTime(seq, runs[0] as (typeof runs)[0])])[0]?.[1] as string;
}

describe('a time phrase ending a source', () => {
  it('is when the words were said, not who said them', () => {
    expect(source('Mr Straw last week said he agreed.', 'Mr Straw last week')).toBe('Mr Straw');
    expect(source('Angry MPs this week warned him.', 'Angry MPs this week')).toBe('Angry MPs');
    expect(source('The minister on Sunday said so.', 'The minister on Sunday')).toBe('The minister');
    expect(source('Mr Sener earlier this month said so.', 'Mr Sener earlier this month')).toBe('Mr Sener');
    expect(source('Acme just this month announced cuts.', 'Acme just this month')).toBe('Acme');
    expect(source('The 52-year-old yesterday said so.', 'The 52-year-old yesterday')).toBe('The 52-year-old');
  });

  it('stays after a participle, a document, a preposition or a comma', () => {
    expect(source('Figures released last week showed a rise.', 'Figures released last week')).toBe(
      'Figures released last week',
    );
    expect(source('A poll taken last week showed a rise.', 'A poll taken last week')).toBe(
      'A poll taken last week',
    );
    expect(source('A survey by the group in March found it.', 'A survey by the group in March')).toBe(
      'A survey by the group in March',
    );
    expect(
      source('Tim Lee, the head of it until last year, said so.', 'Tim Lee, the head of it until last year'),
    ).toBe('Tim Lee, the head of it until last year');
    expect(source('Mr Lee, who joined last year, said so.', 'Mr Lee, who joined last year')).toBe(
      'Mr Lee, who joined last year',
    );
  });

  it('stays for a paper named for Sunday and for "today"', () => {
    expect(source('The Mail on Sunday said so.', 'The Mail on Sunday')).toBe('The Mail on Sunday');
    expect(source('Most voters today say so.', 'Most voters today')).toBe('Most voters today');
  });
});
