import { describe, expect, it } from 'vitest';
import { throughClosingComma } from '../../functions/domain/attribution/closing-comma';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `throughClosingComma` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, throughClosingComma(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a content cut at the comma closing an aside it holds', () => {
  it('goes on over the comma to the verb or "to" and its clause', () => {
    const such = 'Traders expect other growers, such as Brazil, to raise prices by 10%. Shares fell.';
    expect(content(such, 'Traders', 'expect', 'other growers, such as Brazil')).toBe(
      'other growers, such as Brazil, to raise prices by 10%',
    );
    const name = 'MPs are calling on the senior judge, Lord Amble, to drop the plans, a letter says.';
    expect(content(name, 'MPs', 'are calling on', 'the senior judge, Lord Amble')).toBe(
      'the senior judge, Lord Amble, to drop the plans',
    );
    const which = 'He said the tool which, when the PC was idle, would send data to the firm.';
    expect(content(which, 'He', 'said', 'the tool which, when the PC was idle')).toBe(
      'the tool which, when the PC was idle, would send data to the firm',
    );
  });

  it('leaves a content holding no aside, one before its cue, and a stretch over a cue', () => {
    const plain = 'He said the plan, to raise prices, was fair.';
    expect(content(plain, 'He', 'said', 'the plan')).toBe('the plan');
    const before = 'Big firms, such as Acme, are upbeat, was how he put it.';
    expect(content(before, 'he', 'put', 'Big firms, such as Acme')).toBe('Big firms, such as Acme');
    const cue = 'He said the tool, which is new, will send data, she added.';
    expect(content(cue, 'He', 'said', 'the tool, which is new', ['send'])).toBe('the tool, which is new');
  });
});
