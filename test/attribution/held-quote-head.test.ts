import { describe, expect, it } from 'vitest';
import { startAfterHeldQuotes } from '../../functions/domain/attribution/held-quote-head';
import type { Attribution } from '../../functions/domain/extract/types';
import { sourcedClaim } from './text-fixture';

type Range = { start: number; end: number };

/** `a` with its content from `from` to the end of `to`. */
function spanning(text: string, a: Attribution, from: string, to: string): Attribution {
  return { ...a, content: [{ start: text.indexOf(from), end: text.indexOf(to) + to.length }] };
}

function contents(text: string, found: Attribution[]): string[] {
  return startAfterHeldQuotes(text, found).map((a) =>
    a.content.map((f: Range) => text.slice(f.start, f.end)).join(' | '),
  );
}

describe('a later-tagged content that opens inside an earlier-tagged one', () => {
  const text = 'Ann Lee added: "We are the best." The fans were loyal, Ms Lee said.';
  const added = spanning(text, sourcedClaim(text, 'Ann Lee', 'added:', 'We'), 'We are', 'the best');
  const said = spanning(text, sourcedClaim(text, 'Ms Lee', 'said', 'We'), 'We are', 'were loyal');

  it('starts where the earlier content ends', () => {
    expect(contents(text, [added, said])).toEqual(['We are the best', 'The fans were loyal']);
  });

  it('drops the fragments the earlier content holds', () => {
    const run = 'Ann Lee warned: "We may lose." "Can we win?" Mr Ito agreed, saying it was close.';
    const warned = spanning(run, sourcedClaim(run, 'Ann Lee', 'warned:', 'We'), 'We may', 'we win?');
    const saying = sourcedClaim(run, 'Mr Ito', 'saying', 'Can we win');
    const at = run.indexOf('it was close');
    const both = { ...saying, content: [...saying.content, { start: at, end: at + 12 }] };
    expect(contents(run, [warned, both])[1]).toBe('it was close');
  });

  it('is left when the earlier content ends mid-sentence', () => {
    const cut = spanning(text, added, 'We are', 'are the');
    expect(contents(text, [cut, said])[1]).toBe('We are the best." The fans were loyal');
  });

  it('is left when the later tag closes a quote the earlier content opened', () => {
    const quote = 'Ann Lee hinted at "a loss. We are weak," Ms Lee wrote.';
    const hinted = spanning(quote, sourcedClaim(quote, 'Ann Lee', 'hinted at', 'a'), 'a loss', 'loss');
    const wrote = spanning(quote, sourcedClaim(quote, 'Ms Lee', 'wrote', 'loss'), 'loss', 'are weak');
    expect(contents(quote, [hinted, wrote])[1]).toBe('loss. We are weak');
  });

  it('is left when the earlier claim has no source or is tagged after', () => {
    expect(contents(text, [{ ...added, source: null }, said])[1]).toBe(
      'We are the best." The fans were loyal',
    );
    const late = 'We are the best, Ann Lee added. The fans were loyal, Ms Lee said.';
    const after = spanning(late, sourcedClaim(late, 'Ann Lee', 'added', 'We'), 'We are', 'the best');
    const later = spanning(late, sourcedClaim(late, 'Ms Lee', 'said', 'We'), 'We are', 'were loyal');
    expect(contents(late, [after, later])[1]).toBe('We are the best, Ann Lee added. The fans were loyal');
  });
});
