import { describe, expect, it } from 'vitest';
import { withParticipleTail } from '../../functions/domain/attribution/participle-tail';
import { asText, extracted, sourcedClaim } from './text-fixture';

/** [source, cue, content] after `withParticipleTail`. */
function read(text: string, source: string, cue: string, content: string) {
  return asText(text, withParticipleTail(text, sourcedClaim(text, source, cue, content)));
}

describe('a reduced relative the tagger cued with the verb', () => {
  it('gives the participle to the source and leaves the verb the cue', () => {
    const text = 'Most of those questioned said they would pay more.';
    expect(read(text, 'Most of those', 'questioned said', 'they would pay more')).toEqual([
      'Most of those questioned',
      'said',
      'they would pay more',
    ]);
  });

  it('takes the words after the participle along, up to the verb', () => {
    const text = 'But ten men accused in connection with the fraud said the trial was unfair.';
    expect(
      read(text, 'ten men', 'accused in connection with the fraud said', 'the trial was unfair'),
    ).toEqual(['ten men accused in connection with the fraud', 'said', 'the trial was unfair']);
  });

  it('leaves a cue whose first word is its own verb, and a source not right before it', () => {
    const refused = 'The firm released a statement and said sales fell.';
    const claim = sourcedClaim(refused, 'The firm', 'released a statement and said', 'sales fell');
    expect(withParticipleTail(refused, claim)).toBe(claim);
    const apart = 'The group, surveyed said nothing, it was thought.';
    const far = sourcedClaim(apart, 'The group', 'surveyed said', 'nothing');
    expect(withParticipleTail(apart, far)).toBe(far);
    const modal = 'The man questioned she could not say why it failed.';
    const odd = sourcedClaim(modal, 'The man', 'questioned she could not say', 'why it failed');
    expect(withParticipleTail(modal, odd)).toBe(odd);
  });

  it('is what the extractor gives', () => {
    const text =
      'A survey of 1,000 people was published on Monday. Some of those questioned said they made most calls from a mobile.';
    const found = extracted(text).find((a) => a[2]?.startsWith('they made'));
    expect(found?.slice(0, 2)).toEqual(['Some of those questioned', 'said']);
  });
});
