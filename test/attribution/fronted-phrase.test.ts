import { describe, expect, it } from 'vitest';
import { withoutFrontedPhrase } from '../../functions/domain/attribution/fronted-phrase';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted } from './text-fixture';

/** The first occurrence of each of `parts` in `text`, as ranges. */
function at(text: string, ...parts: string[]) {
  return parts.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
}

/** The content `withoutFrontedPhrase` leaves the claim of `source`, `cue` and content `parts`. */
function content(text: string, source: string, cue: string, ...parts: string[]) {
  const a: Attribution = { source: at(text, source), cue: at(text, cue), content: at(text, ...parts) };
  return asText(text, withoutFrontedPhrase(text, a))[2];
}

describe('a phrase fronted before "X said"', () => {
  it('is no part of what was said', () => {
    const text = 'Frustrated by the delays, the mayor said the bridge would open in May.';
    expect(
      content(text, 'the mayor', 'said', 'Frustrated by the delays', 'the bridge would open in May'),
    ).toBe('the bridge would open in May');
    const year = 'In a year of strikes, Ms Lee told reporters that pay would rise.';
    expect(content(year, 'Ms Lee', 'told reporters', 'In a year of strikes', 'that pay would rise')).toBe(
      'that pay would rise',
    );
  });

  it('stays when a comma or colon follows the cue, or it is a condition', () => {
    const inserted = 'Sales were weak, the chief said, until the summer.';
    expect(content(inserted, 'the chief', 'said', 'Sales were weak', 'until the summer')).toBe(
      'Sales were weak … until the summer',
    );
    const colon = 'Several things stand out, the report said: costs and delays.';
    expect(content(colon, 'the report', 'said:', 'Several things stand out', 'costs and delays')).toBe(
      'Several things stand out … costs and delays',
    );
    const time = 'Sales of songs rose tenfold in 2004, the industry body reported last month.';
    expect(
      content(time, 'the industry body', 'reported', 'Sales of songs rose tenfold in 2004', 'last month'),
    ).toBe('Sales of songs rose tenfold in 2004 … last month');
    const condition = 'If rates rise, analysts say house prices will fall.';
    expect(content(condition, 'analysts', 'say', 'If rates rise', 'house prices will fall')).toBe(
      'If rates rise … house prices will fall',
    );
  });

  it('is how the extractor reads a sentence opening on a phrase before "X said"', () => {
    const year =
      'In a year when many firms cut jobs, the chief executive said the company would hire 500 staff.';
    expect(extracted(year)).toEqual([['the chief executive', 'said', 'the company would hire 500 staff']]);
    const costs =
      'As part of its efforts to cut costs, the company said it was halving its dividend payment.';
    expect(extracted(costs)).toEqual([['the company', 'said', 'it was halving its dividend payment']]);
  });
});
