import { describe, expect, it } from 'vitest';
import { withOpeningPart } from '../../functions/domain/attribution/opening-part';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `withOpeningPart` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string) {
  const claim = sourcedClaim(text, source, cue, found);
  return asText(text, withOpeningPart(text, sentencesAtStops(text), [...claim.cue], claim))[2];
}

describe('a source and cue set between commas inside their content', () => {
  it('takes the words before the source as the first fragment', () => {
    const text = 'Shares rose. The old mill was a thriving business, Mr Hale said, until it closed in 1999.';
    expect(content(text, 'Mr Hale', 'said', 'until it closed in 1999')).toBe(
      'The old mill was a thriving business … until it closed in 1999',
    );
    const adverb = 'The new rules, the minister often says, will cut waiting lists.';
    expect(content(adverb, 'the minister', 'says', 'will cut waiting lists')).toBe(
      'The new rules … will cut waiting lists',
    );
  });

  it('leaves out a conjunction that opens the sentence', () => {
    const text = 'But this, they fear, could hurt small firms.';
    expect(content(text, 'they', 'fear', 'could hurt small firms')).toBe('this … could hurt small firms');
  });

  it('leaves a scene-setting time or place, a sentence adverb, a relative pronoun and a bare conjunction', () => {
    const time = 'In the end, Ms Rowe said, voters stayed at home.';
    expect(content(time, 'Ms Rowe', 'said', 'voters stayed at home')).toBe('voters stayed at home');
    const adverb = 'Currently, he said, a cash machine lasts ten years.';
    expect(content(adverb, 'he', 'said', 'a cash machine lasts ten years')).toBe(
      'a cash machine lasts ten years',
    );
    const relative = 'This is the adviser who, some believe, won the race for him.';
    expect(content(relative, 'some', 'believe', 'won the race for him')).toBe('won the race for him');
    const bare = 'But, he added, the plan is sound.';
    expect(content(bare, 'he', 'added', 'the plan is sound')).toBe('the plan is sound');
  });

  it('leaves an opening with a comma or quote of its own', () => {
    const text = 'After the vote, the party, he said, was split.';
    expect(content(text, 'he', 'said', 'was split')).toBe('was split');
  });

  it('is how the extractor reads such a sentence', () => {
    const text = 'Conte’s statements, the lawsuit added, were false and malicious.';
    expect(extracted(text)).toContainEqual([
      'the lawsuit',
      'added',
      'Conte’s statements … were false and malicious',
    ]);
  });
});
