import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isImperative } from '../../functions/domain/checkworthiness/imperatives';

describe('isImperative', () => {
  it.each([
    'Save $25 if you buy the blue console with a case.',
    'Sign up for a streaming account for $9.99 a month',
    'Eat every 2–3 hours',
    'Drink within 30 minutes after your run',
    'Give this to a friend on 24 December and you will not see them until 2006.',
    "Don't worry if you lose track - there are 12,000 pages on it.",
    '- Listen to the full interview on Radio 5 at 0900 GMT on Sunday.',
    'Simply choose one of 12 heroes and fight through 5 levels.',
  ])('finds the writer telling the reader %j, which is no checkable assertion', (sentence) => {
    expect(isImperative(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'Get Me Out of Here drew an average of 10.9m viewers in 2004.',
    'Save the Children said 40% of the camps had no water.',
    'Use of games in schools rose 20% in 2004.',
    'Download sales rose 50% in 2004.',
    'Getty Images cut 300 jobs in 2004.',
  ])('leaves %j, which states its fact', (sentence) => {
    expect(isImperative(sentence)).toBe(false);
    expect(isCheckableAssertion(sentence)).toBe(true);
  });
});
