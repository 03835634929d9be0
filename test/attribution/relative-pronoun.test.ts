import { describe, expect, it } from 'vitest';
import { withRelativePronoun } from '../../functions/domain/attribution/relative-pronoun';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `withRelativePronoun` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string) {
  const claim = sourcedClaim(text, source, cue, found);
  return asText(text, withRelativePronoun(text, sentencesAtStops(text), [...claim.cue], claim))[2];
}

describe('a report inside a relative clause keeps its pronoun', () => {
  it('takes "which" before the source as the first fragment', () => {
    const text = 'The plan has a new levy, which the council says will raise two million.';
    expect(content(text, 'the council', 'says', 'will raise two million')).toBe(
      'which … will raise two million',
    );
  });

  it('reads past a comma after the pronoun and an adverb before the cue', () => {
    const text = 'They met at the old park, which, Ms Hale said, is usually full on Sundays.';
    expect(content(text, 'Ms Hale', 'said', 'is usually full on Sundays')).toBe(
      'which … is usually full on Sundays',
    );
    const adverb = 'The bridge, which engineers once thought was safe, is shut.';
    expect(content(adverb, 'engineers', 'thought', 'was safe')).toBe('which … was safe');
  });

  it('leaves "which" after a preposition, and other pronouns', () => {
    const setting = 'He gave a long talk, during which he said the firm would grow.';
    expect(content(setting, 'he', 'said', 'the firm would grow')).toBe('the firm would grow');
    const share = 'The bank owns three firms, all of which it says are profitable.';
    expect(content(share, 'it', 'says', 'are profitable')).toBe('are profitable');
    const who = 'She backed the mayor, who she said had done well.';
    expect(content(who, 'she', 'said', 'had done well')).toBe('had done well');
  });

  it('leaves a content that already opens before the cue, or a source not right after the pronoun', () => {
    const text = 'The levy, which the council says will raise two million, starts soon.';
    const claim = sourcedClaim(text, 'the council', 'says', 'will raise two million');
    const opened = { ...claim, content: [{ start: 0, end: 8 }, ...claim.content] };
    expect(asText(text, withRelativePronoun(text, sentencesAtStops(text), [], opened))[2]).toBe(
      'The levy … will raise two million',
    );
    const apart = 'The levy, which is new, the council says will raise two million.';
    expect(content(apart, 'the council', 'says', 'will raise two million')).toBe('will raise two million');
  });

  it('runs in the extractor', () => {
    const text = 'Fans gathered at the ground, which, club officials said, would be closed until March.';
    expect(extracted(text)).toContainEqual(['club officials', 'said', 'which … would be closed until March']);
  });

  it('takes the pronoun back from a source the tagger began on it', () => {
    const text = 'Ministers back the new rules, which critics say will cost jobs in the north.';
    expect(extracted(text)).toContainEqual(['critics', 'say', 'which … will cost jobs in the north']);
  });
});
