import { describe, expect, it } from 'vitest';
import { overFrontedClause } from '../../functions/domain/attribution/fronted-clause';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overFrontedClause` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, overFrontedClause(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a content of "that" and the adverbial clause it opens on', () => {
  it('runs on over the comma to the end of the sentence', () => {
    const text =
      'The firm said that when the new ships arrive, it will carry twice as many tourists. Few agreed.';
    expect(content(text, 'The firm', 'said', 'that when the new ships arrive')).toBe(
      'that when the new ships arrive, it will carry twice as many tourists',
    );
    const despite = 'He said that despite their differences, the two men became friends.';
    expect(content(despite, 'He', 'said', 'that despite their differences')).toBe(
      'that despite their differences, the two men became friends',
    );
    const after = 'She admitted that after leaving the party, she drove to the coast.';
    expect(content(after, 'She', 'admitted', 'that after leaving the party')).toBe(
      'that after leaving the party, she drove to the coast',
    );
  });

  it('ends the main clause at its comma before a tag', () => {
    const text = 'She said that while the rooms were full, guests kept coming, he added.';
    expect(content(text, 'She', 'said', 'that while the rooms were full', ['he added'])).toBe(
      'that while the rooms were full, guests kept coming',
    );
  });

  it('leaves a clause going on with a conjunction, a participle or an adverb', () => {
    const text = 'He said that after talks with lawyers, saying the courts would decide.';
    expect(content(text, 'He', 'said', 'that after talks with lawyers')).toBe(
      'that after talks with lawyers',
    );
    const and = 'He said that when the deal was signed, and the money paid, it was over.';
    expect(content(and, 'He', 'said', 'that when the deal was signed')).toBe('that when the deal was signed');
    const adverb = 'He wondered that if they lost, particularly at home, it would hurt.';
    expect(content(adverb, 'He', 'wondered', 'that if they lost')).toBe('that if they lost');
  });

  it('leaves a content with no "that" or no subordinator, and one not ending at a comma', () => {
    const text = 'He asked if the plan was ready, and they said no.';
    expect(content(text, 'He', 'asked', 'if the plan was ready')).toBe('if the plan was ready');
    const plain = 'He said that the plan, he thought, was ready.';
    expect(content(plain, 'He', 'said', 'that the plan')).toBe('that the plan');
    const whole = 'He said that when it rains it pours.';
    expect(content(whole, 'He', 'said', 'that when it rains')).toBe('that when it rains');
  });

  it('is how the extractor reads a that-clause opening on an adverbial clause', () => {
    const text =
      'Yukon argued that since it had a US office and local bank accounts, the US court could declare it bankrupt and stop the sale.';
    expect(extracted(text)).toContainEqual([
      'Yukon',
      'argued',
      'that since it had a US office and local bank accounts, the US court could declare it bankrupt and stop the sale',
    ]);
  });
});
