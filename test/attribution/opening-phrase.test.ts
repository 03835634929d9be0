import { describe, expect, it } from 'vitest';
import { afterOpeningPhrase } from '../../functions/domain/attribution/opening-phrase';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The source `afterOpeningPhrase` gives the claim of `source`, `cue` and `content` in `text`. */
function source(text: string, found: string, cue: string, content: string) {
  return asText(
    text,
    afterOpeningPhrase(text, sentencesAtStops(text), sourcedClaim(text, found, cue, content)),
  )[0];
}

describe('a source run over the comma of the phrase the sentence opens on', () => {
  it('is the name after the comma', () => {
    const text = 'Tax rose. For the Green Party, Dame Ann Cole said the rise was unfair.';
    expect(source(text, 'the Green Party, Dame Ann Cole', 'said', 'the rise was unfair')).toBe(
      'Dame Ann Cole',
    );
    const lecture = 'In a lecture at the Royal Society, Irene Hale said science was underfunded.';
    expect(
      source(lecture, 'lecture at the Royal Society, Irene Hale', 'said', 'science was underfunded'),
    ).toBe('Irene Hale');
    const pronoun = 'In a long interview with the police, he admitted that he drove away.';
    expect(source(pronoun, 'the police, he', 'admitted', 'that he drove away')).toBe('he');
  });

  it('leaves an apposition after a subject the phrase holds, and a sentence not opening on a preposition', () => {
    const text = 'On Tuesday Mitsu, the only firm in the red, confirmed a loss.';
    expect(source(text, 'Mitsu, the only firm in the red', 'confirmed', 'a loss')).toBe(
      'Mitsu, the only firm in the red',
    );
    const plain = 'Analysts at Norland, Ann Cole said the rise was unfair.';
    expect(source(plain, 'Norland, Ann Cole', 'said', 'the rise was unfair')).toBe('Norland, Ann Cole');
    const apposition = 'For now Ann Cole, the party leader, said the rise was unfair.';
    expect(source(apposition, 'Ann Cole, the party leader', 'said', 'the rise was unfair')).toBe(
      'Ann Cole, the party leader',
    );
  });
});
