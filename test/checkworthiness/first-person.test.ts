import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isFirstPerson } from '../../functions/domain/checkworthiness/first-person';

describe('isFirstPerson', () => {
  it.each([
    'I bought my first one 15 years ago.',
    'Thankfully I sold the old console for £200 in 2003.',
    '70% of my costs are wages.',
    'The best race of 2004 for me was the 800m final.',
    "I'm 31 and have watched the show since 1990.",
    ': "I moved to London in 1979 and worked at the label.',
    'At 40 I have run 12 marathons.',
    'The firm cut 12% of its staff in 2004, my husband among them.',
  ])('finds the first person in %j, which is no checkable assertion', (sentence) => {
    expect(isFirstPerson(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'Sales of the "I\'m loving it" meals rose 5% in 2004.',
    "His hits included I've Got A Song and What'd I Say, both in 1959.",
    'The Zone I tie begins on Friday, after he was injured last week.',
    'Losses in World War I were higher than in any war before.',
    'A Fool Such As I would become the 1,001st number one.',
    'He wants to lead the party into the 2009 poll "because I see that as the chance for us".',
  ])('finds no first person in %j', (sentence) => {
    expect(isFirstPerson(sentence)).toBe(false);
  });

  it('leaves a fact the writer states checkable', () => {
    expect(isCheckableAssertion('Sales of the "I\'m loving it" meals rose 5% in 2004.')).toBe(true);
    expect(isCheckableAssertion('Losses in World War I were higher than in any war before.')).toBe(true);
  });
});
