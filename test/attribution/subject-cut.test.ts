import { describe, expect, it } from 'vitest';
import { overSubjectCut } from '../../functions/domain/attribution/subject-cut';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overSubjectCut` gives the claim of `source`, `cue` and a content of `subject` after it. */
function content(text: string, source: string, cue: string, subject: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, subject);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, overSubjectCut(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a content cut at its clause subject, before the verb', () => {
  it('runs to the end of the sentence after "that" and a noun phrase, or a pronoun', () => {
    const that = 'The bank believes that the housing market is starting to cool. Shares fell.';
    expect(content(that, 'The bank', 'believes', 'that the housing market')).toBe(
      'that the housing market is starting to cool',
    );
    const pronoun = 'Party officials claim it was in fact Mr Hale who spoke to the papers. Then.';
    expect(content(pronoun, 'Party officials', 'claim', 'it')).toBe(
      'it was in fact Mr Hale who spoke to the papers',
    );
  });

  it('takes a noun phrase with no "that" after a verb of saying', () => {
    const text = "The firm's lawyers claim the sale was illegal because it had filed for bankruptcy. Then.";
    expect(content(text, "The firm's lawyers", 'claim', 'the sale')).toBe(
      'the sale was illegal because it had filed for bankruptcy',
    );
  });

  it('ends before a contrast, a semicolon or a dash', () => {
    const text = 'Critics argue that the top ranks are closed to women, while her rivals disagree. Then.';
    expect(content(text, 'Critics', 'argue', 'that the top ranks')).toBe(
      'that the top ranks are closed to women',
    );
  });

  it('leaves the object of a noun cue, a clause with another cue, and a subject with no verb after it', () => {
    const noun = 'Her attacks on the board have become sharper this week. Then.';
    expect(content(noun, 'Her', 'attacks', 'on the board')).toBe('on the board');
    const object = 'His calls the board would ignore were many. Then.';
    expect(content(object, 'His', 'calls', 'the board')).toBe('the board');
    const taken = 'Mr Hale has no doubt it is the minister who, he says, is to blame. Then.';
    expect(content(taken, 'Mr Hale', 'has no doubt', 'it', ['says'])).toBe('it');
    const verbless = 'The chairman praised the board for its work. Then.';
    expect(content(verbless, 'The chairman', 'praised', 'the board')).toBe('the board');
  });
});
