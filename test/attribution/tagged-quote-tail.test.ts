import { describe, expect, it } from 'vitest';
import { endBeforeTaggedQuotes } from '../../functions/domain/attribution/tagged-quote-tail';
import type { Attribution } from '../../functions/domain/extract/types';
import { cueClaim, sourcedClaim } from './text-fixture';

type Range = { start: number; end: number };

/** `a` with its content from `from` to the end of `to`. */
function spanning(text: string, a: Attribution, from: string, to: string): Attribution {
  return { ...a, content: [{ start: text.indexOf(from), end: text.indexOf(to) + to.length }] };
}

function contents(text: string, found: Attribution[]): string[] {
  return endBeforeTaggedQuotes(text, found).map((a) =>
    a.content.map((f: Range) => text.slice(f.start, f.end)).join(' | '),
  );
}

describe('a content run on into a quote another claim tags right after it', () => {
  const text = 'Ann Lee admitted: "We will win. "We are the best," Ms Lee added. "The fans know it."';
  const first = spanning(text, sourcedClaim(text, 'Ann Lee', 'admitted:', 'We'), 'We will', 'the best');
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  // the quote before the tag and the one after it
  const added = {
    ...sourcedClaim(text, 'Ms Lee', 'added', 'We'),
    content: [at('We are the best'), at('The fans know it')],
  };

  it('ends where the tagged quote opens', () => {
    expect(contents(text, [first, added])).toEqual(['We will win', 'We are the best | The fans know it']);
  });

  it('ends a narrated content before the quote too', () => {
    const narrated = 'The firm said it had erred. "We are sorry," its chief said.';
    const said = spanning(narrated, sourcedClaim(narrated, 'The firm', 'said', 'it'), 'it had', 'are sorry');
    const chief = sourcedClaim(narrated, 'its chief', 'chief said', 'We are sorry');
    expect(contents(narrated, [said, chief])[0]).toBe('it had erred');
  });

  it('is left when the later claim has no source', () => {
    const sourceless = { ...added, source: null };
    expect(contents(text, [first, sourceless])[0]).toBe('We will win. "We are the best');
  });

  it('is left when both contents open on the same words', () => {
    const same = spanning(text, added, 'We will', 'the best');
    expect(contents(text, [first, same])[0]).toBe('We will win. "We are the best');
  });

  it('is left when a full stop ends the quote before the tag', () => {
    const stopped = 'Ann Lee admitted: "We will win. "We are the best." Ms Lee added that the fans know it.';
    const a = spanning(stopped, sourcedClaim(stopped, 'Ann Lee', 'admitted:', 'We'), 'We will', 'the best');
    const b = sourcedClaim(stopped, 'Ms Lee', 'added', 'We are the best');
    expect(contents(stopped, [a, b])[0]).toBe('We will win. "We are the best');
  });

  it('is left when the later content opens inside the quote or spans a closed one', () => {
    const inside = { ...added, content: [at('are the best')] };
    expect(contents(text, [first, inside])[0]).toBe('We will win. "We are the best');
    const two = 'Ann Lee cited a study proving "crime is down." "You are wrong," Lee wrote.';
    const cited = spanning(two, sourcedClaim(two, 'Ann Lee', 'cited', 'a'), 'a study', 'is down');
    const wrote = spanning(two, sourcedClaim(two, 'Lee wrote', 'wrote', 'crime'), 'crime', 'are wrong');
    expect(contents(two, [cited, wrote])[0]).toBe('a study proving "crime is down');
  });

  it('leaves a claim with no cue', () => {
    expect(contents(text, [cueClaim(text, 'admitted:', 'We will')])).toEqual(['We will']);
  });
});
