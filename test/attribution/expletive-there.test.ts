import { describe, expect, it } from 'vitest';
import { withoutExpletiveThere } from '../../functions/domain/attribution/expletive-there';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted } from './text-fixture';

/** A sourceless claim whose content is `before` (ahead of the cue) and `after`, as spans of `text`. */
function split(text: string, before: string, cue: string, after: string): Attribution {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { source: null, cue: [at(cue)], content: [at(before), at(after)] };
}

describe('an expletive "there" before the cue', () => {
  it.each([
    [
      'There were fears that the sale would hit demand.',
      'There',
      'were fears',
      'that the sale would hit demand',
    ],
    [
      'There has been speculation about a takeover of the firm.',
      'There',
      'has been speculation about',
      'a takeover of the firm',
    ],
    [
      'But there is no doubt that the phones are popular.',
      'there',
      'is no doubt',
      'that the phones are popular',
    ],
  ])('is no part of the content: %s', (text, before, cue, after) => {
    expect(asText(text, withoutExpletiveThere(text, split(text, before, cue, after)))).toEqual([
      null,
      cue,
      after,
    ]);
  });

  it('stays when it is the whole content', () => {
    const text = 'He said there.';
    const a: Attribution = { source: null, cue: [{ start: 3, end: 7 }], content: [{ start: 8, end: 13 }] };
    expect(withoutExpletiveThere(text, a)).toBe(a);
  });

  it('stays when more words than "there" come before the cue', () => {
    const text = 'Out there, fears grew that the sale would fail.';
    const a = split(text, 'Out there,', 'fears grew', 'that the sale would fail');
    expect(withoutExpletiveThere(text, a)).toBe(a);
  });

  it('is left out by the extractor', () => {
    expect(
      extracted(
        'There has been extensive speculation about a takeover of the company since a merger failed.',
      ),
    ).toEqual([
      [null, 'has been extensive speculation about', 'a takeover of the company since a merger failed'],
    ]);
    expect(extracted('There is no doubt that mobile phones with cameras are hugely popular.')).toEqual([
      [null, 'is no doubt', 'that mobile phones with cameras are hugely popular'],
    ]);
  });
});
