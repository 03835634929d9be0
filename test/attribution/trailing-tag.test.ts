import { describe, expect, it } from 'vitest';
import { endBeforeTrailingTags } from '../../functions/domain/attribution/trailing-tag';
import type { Attribution } from '../../functions/domain/extract/types';
import { sourcedClaim } from './text-fixture';

type Range = { start: number; end: number };

/** `a` with its content from `from` to the end of `to`. */
function spanning(text: string, a: Attribution, from: string, to: string): Attribution {
  return { ...a, content: [{ start: text.indexOf(from), end: text.indexOf(to) + to.length }] };
}

function contents(text: string, found: Attribution[]): string[] {
  return endBeforeTrailingTags(text, found).map((a) =>
    a.content.map((f: Range) => text.slice(f.start, f.end)).join(' | '),
  );
}

describe("a content run on over another claim's tag at its end", () => {
  const text = 'The firm is planning to sell its plant by March, press reports claim.';
  const claim = spanning(text, sourcedClaim(text, 'press reports', 'claim', 'The'), 'The firm', 'by March');
  const planning = spanning(
    text,
    sourcedClaim(text, 'The firm', 'is planning', 'to'),
    'to sell',
    'reports claim',
  );

  it('ends at the comma before the tag', () => {
    expect(contents(text, [claim, planning])).toEqual([
      'The firm is planning to sell its plant by March',
      'to sell its plant by March',
    ]);
  });

  it('is left when the tag has no source or its content follows it', () => {
    expect(contents(text, [{ ...claim, source: null }, planning])[1]).toBe(
      'to sell its plant by March, press reports claim',
    );
    const after = 'Sales fell, and the firm says prices rose.';
    const says = sourcedClaim(after, 'the firm', 'says', 'prices rose');
    const fell = spanning(after, sourcedClaim(after, 'Sales', 'fell', 'and'), 'and', 'prices rose');
    expect(contents(after, [says, fell])[1]).toBe('and the firm says prices rose');
  });

  it('is left when the tag does not end the content', () => {
    const mid = 'Sales fell by March, press reports claim, and rose later.';
    const c = spanning(mid, sourcedClaim(mid, 'press reports', 'claim', 'Sales'), 'Sales', 'by March');
    const rose = spanning(mid, sourcedClaim(mid, 'Sales', 'fell', 'by'), 'by March', 'rose later');
    expect(contents(mid, [c, rose])[1]).toBe('by March, press reports claim, and rose later');
  });

  it('is left when no comma sets the tag off', () => {
    const obj = 'The firm denied what press reports claim.';
    const c = sourcedClaim(obj, 'press reports', 'claim', 'what');
    const denied = spanning(obj, sourcedClaim(obj, 'The firm', 'denied', 'what'), 'what', 'reports claim');
    expect(contents(obj, [c, denied])[1]).toBe('what press reports claim');
  });
});
