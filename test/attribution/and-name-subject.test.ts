import { describe, expect, it } from 'vitest';
import { overAndName } from '../../functions/domain/attribution/and-name-subject';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overAndName` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, overAndName(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a reported subject cut at its "and"', () => {
  it('goes on over "and", the name and its verb to the end of the clause', () => {
    const text = 'Analysts believe the feud between the state and Acme is driven by politics, a source said.';
    expect(content(text, 'Analysts', 'believe', 'the feud between the state')).toBe(
      'the feud between the state and Acme is driven by politics',
    );
    const pair = 'Fans still think Reed and Sam Okafor will be picked. Both are fit.';
    expect(content(pair, 'Fans', 'still think', 'Reed')).toBe('Reed and Sam Okafor will be picked');
  });

  it('leaves a content with a verb, a clause after "and the", and a stretch over a cue', () => {
    const verb = 'He said the firm was sold and Acme has since grown.';
    expect(content(verb, 'He', 'said', 'the firm was sold')).toBe('the firm was sold');
    const clause = 'Unions are united against the plans and the TUC is meeting on Monday.';
    expect(content(clause, 'Unions', 'are united against', 'the plans')).toBe('the plans');
    const cue = 'Fans think Reed and Sam Okafor will be picked, he added.';
    expect(content(cue, 'Fans', 'think', 'Reed', ['picked'])).toBe('Reed');
  });
});
