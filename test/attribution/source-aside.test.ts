import { describe, expect, it } from 'vitest';
import { withoutSourceAside } from '../../functions/domain/attribution/source-aside';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText } from './text-fixture';

/** The first occurrence of each of `parts` in `text`, as ranges. */
function at(text: string, ...parts: string[]) {
  return parts.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
}

/** The content `withoutSourceAside` leaves the claim of `source` and `cue` whose content is `parts`. */
function content(text: string, source: string, cue: string, ...parts: string[]) {
  const a: Attribution = { source: at(text, source), cue: at(text, cue), content: at(text, ...parts) };
  return asText(text, withoutSourceAside(text, a))[2];
}

describe('a relative clause between the source and its cue', () => {
  it('is no part of the content', () => {
    const text = 'Skyway, which has the largest fleet of any carrier, said it would stay profitable.';
    expect(
      content(
        text,
        'Skyway',
        'said',
        'which has the largest fleet of any carrier',
        'it would stay profitable',
      ),
    ).toBe('it would stay profitable');
    const who = 'Mr Lane, who runs the firm, said sales were up.';
    expect(content(who, 'Mr Lane', 'said', 'who runs the firm', 'sales were up')).toBe('sales were up');
  });

  it('stays when nothing follows the cue, or it is no relative clause set off by commas', () => {
    const alone = 'Skyway, which has the largest fleet, said so.';
    expect(content(alone, 'Skyway', 'said', 'which has the largest fleet')).toBe(
      'which has the largest fleet',
    );
    const opening = 'Sales were up, Mr Lane said, and costs were down.';
    expect(content(opening, 'Mr Lane', 'said', 'Sales were up', 'and costs were down')).toBe(
      'Sales were up … and costs were down',
    );
    const report = 'The plan, which Skyway says is sound, will cut costs.';
    expect(content(report, 'Skyway', 'says', 'which', 'is sound')).toBe('which … is sound');
  });
});
