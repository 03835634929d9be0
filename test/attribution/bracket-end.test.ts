import { describe, expect, it } from 'vitest';
import { throughBracket } from '../../functions/domain/attribution/bracket-end';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `throughBracket` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, throughBracket(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a content cut inside a bracket', () => {
  it('goes on to the close and the end of the clause the bracket interrupts', () => {
    const text =
      'The bank said it needed a further 300bn yen ($2.9bn; £1.6bn) in new capital, half from partners. Then.';
    expect(content(text, 'The bank', 'said', 'it needed a further 300bn yen ($2.9bn')).toBe(
      'it needed a further 300bn yen ($2.9bn; £1.6bn) in new capital',
    );
    const close = 'Analysts expect profit to reach A$500 million ($390 million). Then.';
    expect(content(close, 'Analysts', 'expect', 'profit to reach A$500 million ($390 million')).toBe(
      'profit to reach A$500 million ($390 million)',
    );
  });

  it('stops at the close when the clause after it holds a cue', () => {
    const text = '"You watch less TV (a good thing, presumably)," he wrote. Then.';
    expect(content(text, 'he', 'wrote', 'You watch less TV (a good thing')).toBe(
      'You watch less TV (a good thing, presumably)',
    );
  });

  it('leaves a content whose brackets are closed, or none opened', () => {
    const text = 'The firm said sales rose 5% (to £2m) in May, a record. Then.';
    expect(content(text, 'The firm', 'said', 'sales rose 5% (to £2m) in May')).toBe(
      'sales rose 5% (to £2m) in May',
    );
    expect(content(text, 'The firm', 'said', 'sales rose 5%')).toBe('sales rose 5%');
  });

  it('is how the extractor reads a figure whose other currency the tagger left open', () => {
    const text =
      'Analysts have forecast annual profit will rise about 9% to around A$500 million ($390 million).';
    expect(extracted(text)).toContainEqual([
      'Analysts',
      'have forecast',
      'annual profit will rise about 9% to around A$500 million ($390 million)',
    ]);
  });
});
