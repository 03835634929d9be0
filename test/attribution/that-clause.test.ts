import { describe, expect, it } from 'vitest';
import { overThatClause } from '../../functions/domain/attribution/that-clause';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overThatClause` gives the claim of `source`, `cue` and a content of the first "that" after the cue. */
function content(text: string, source: string, cue: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, cue);
  const at = text.indexOf('that', text.indexOf(cue) + cue.length);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  const lone = { ...claim, content: [{ start: at, end: at + 4 }] };
  return asText(text, overThatClause(text, sentencesAtStops(text), [...claim.cue, ...ranges], lone))[2];
}

describe('a content left on "that" where an adverbial opens', () => {
  it('runs to the end of the sentence', () => {
    const text =
      'He preferred to state that, as with other issues, the instinct was authoritarian. Shares fell.';
    expect(content(text, 'He', 'preferred to state')).toBe(
      'that, as with other issues, the instinct was authoritarian',
    );
    const bare = 'The leader understood that while security mattered, talks were needed. Then he left.';
    expect(content(bare, 'The leader', 'understood')).toBe('that while security mattered, talks were needed');
  });

  it('leaves "that" as a pronoun', () => {
    const but = 'Parry acknowledges that, but he is determined to go on. Then he left.';
    expect(content(but, 'Parry', 'acknowledges')).toBe('that');
    const name = 'Having said that, Mark is looking in better shape. Then he left.';
    expect(content(name, 'Having', 'said')).toBe('that');
  });

  it('leaves a clause that holds another cue, or a "that" apart from its cue', () => {
    const other =
      'The Tories are claiming that, as Mr Letwin said, the money must come from somewhere. Then.';
    expect(content(other, 'The Tories', 'are claiming', ['said'])).toBe('that');
    const apart = 'She told MPs that while talks went on, nothing was agreed. Then.';
    expect(content(apart, 'She', 'told')).toBe('that');
  });

  it('is how the extractor reads a "that" clause an adverbial opens', () => {
    const text =
      "He preferred to state that, as with other schemes like road tolls, the council's first instinct was hostile.";
    expect(extracted(text)).toContainEqual([
      'He',
      'preferred to state',
      "that, as with other schemes like road tolls, the council's first instinct was hostile",
    ]);
    const bare =
      "The minister understood that while police measures were important, there also needed to be a wider approach to the town's problems.";
    expect(extracted(bare)).toContainEqual([
      'The minister',
      'understood',
      "that while police measures were important, there also needed to be a wider approach to the town's problems",
    ]);
  });
});
