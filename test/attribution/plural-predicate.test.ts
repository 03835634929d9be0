import { describe, expect, it } from 'vitest';
import { overPluralPredicate } from '../../functions/domain/attribution/plural-predicate';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overPluralPredicate` gives the claim, `persons` the person names in `text`. */
function content(text: string, source: string, cue: string, found: string, persons: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const taken = [...claim.cue, ...(claim.source ?? [])];
  return asText(text, overPluralPredicate(text, sentencesAtStops(text), taken, persons.map(at), claim))[2];
}

describe('a content cut before "and" and a plural verb', () => {
  it('goes on over it when one person speaks', () => {
    const text =
      'Ruiz insisted the remarks were meant to spur the player, and were not meant to offend. He left.';
    expect(content(text, 'Ruiz', 'insisted', 'the remarks were meant to spur the player', ['Ruiz'])).toBe(
      'the remarks were meant to spur the player, and were not meant to offend',
    );
    const he = 'He said budgets were kept small and were spent where they help most. Fine.';
    expect(content(he, 'He', 'said', 'budgets were kept small')).toBe(
      'budgets were kept small and were spent where they help most',
    );
  });

  it('leaves a body, which may take a plural verb, and a singular verb', () => {
    const body = 'Labour have refused to discuss his post and have not said more. Fine.';
    expect(content(body, 'Labour', 'have refused', 'to discuss his post')).toBe('to discuss his post');
    const singular = 'He forecast the bid would succeed and was keen to see change. Fine.';
    expect(content(singular, 'He', 'forecast', 'the bid would succeed')).toBe('the bid would succeed');
  });

  it('leaves a content that runs on from the sentence before', () => {
    const text = 'He said costs rose. Budgets were kept small and were spent well. Fine.';
    expect(content(text, 'He', 'said', 'costs rose. Budgets were kept small')).toBe(
      'costs rose. Budgets were kept small',
    );
  });

  it('is how the extractor reads such a sentence', () => {
    const text =
      'He said the EU should ensure future budgets were limited to 1% of output and were spent "where it adds most value".';
    expect(extracted(text)).toContainEqual([
      'He',
      'said',
      'the EU should ensure future budgets were limited to 1% of output and were spent "where it adds most value"',
    ]);
  });
});
