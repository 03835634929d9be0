import { describe, expect, it } from 'vitest';
import { withoutSecondPredicate } from '../../functions/domain/attribution/second-predicate';
import { asText, sourcedClaim } from './text-fixture';

describe("the speaker's next deed after a modal's clause", () => {
  it.each([
    [
      'Mr Lane said the party would set out its plans next week and attacked the rival plans.',
      'the party would set out its plans next week and attacked the rival plans',
      'the party would set out its plans next week',
    ],
    [
      'Mr Lane said workers did not want to go on strike and called for talks.',
      'workers did not want to go on strike and called for talks',
      'workers did not want to go on strike',
    ],
    [
      'Mr Lane said that the team might not win, and held out hope for the young players.',
      'that the team might not win, and held out hope for the young players',
      'that the team might not win',
    ],
  ])('is no part of the content: %s', (text, content, kept) => {
    const a = sourcedClaim(text, 'Mr Lane', 'said', content);
    expect(asText(text, withoutSecondPredicate(text, a))).toEqual(['Mr Lane', 'said', kept]);
  });

  it.each([
    // a participle may follow "be" or "have"
    [
      'Mr Lane said he would be arrested and charged with fraud.',
      'he would be arrested and charged with fraud',
    ],
    [
      'Mr Lane said the singer did not know the band had filmed the show and made an album there.',
      'the singer did not know the band had filmed the show and made an album there',
    ],
    // a past verb before the modal may be what "and" joins
    [
      'Mr Lane said his staff examined how the change would affect the plan and concluded that it could help.',
      'his staff examined how the change would affect the plan and concluded that it could help',
    ],
    // a pronoun may be the speaker again, whose next verb PolNeAR keeps in the content
    [
      'Mr Lane said she did not condone violence and hoped that people would find a way.',
      'she did not condone violence and hoped that people would find a way',
    ],
    // a bare verb joins the modal's clause
    [
      'Mr Lane said the team would go home and rest for a week.',
      'the team would go home and rest for a week',
    ],
    // an adjective before a noun: no object follows it
    [
      'Mr Lane said the firm would pay more and improved pensions were due.',
      'the firm would pay more and improved pensions were due',
    ],
    // "did" with no negation may be the clause's own verb
    ['Mr Lane said the firm did the work and wanted to go on.', 'the firm did the work and wanted to go on'],
    // a quote inside the content is the speaker's wording
    ['Mr Lane said it "will work and worked for the others".', 'it "will work and worked for the others"'],
  ])('stays: %s', (text, content) => {
    const a = sourcedClaim(text, 'Mr Lane', 'said', content);
    expect(withoutSecondPredicate(text, a)).toBe(a);
  });

  it('stays with no source', () => {
    const text = 'It was said workers would strike and called for talks.';
    const a = {
      ...sourcedClaim(text, 'It', 'was said', 'workers would strike and called for talks'),
      source: null,
    };
    expect(withoutSecondPredicate(text, a)).toBe(a);
  });
});
