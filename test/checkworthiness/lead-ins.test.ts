import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isLeadIn } from '../../functions/domain/checkworthiness/lead-ins';

describe('isLeadIn', () => {
  it.each([
    'Points raised in the 2004 report included:',
    'The tables below show the turnout in each of the 12 regions:',
    'Here is how five groups plan to raise their profile before the 2005 poll.',
    'Here are the ten biggest queries of 2004 and their answers:',
  ])('finds the signpost %j, which is no checkable assertion', (sentence) => {
    expect(isLeadIn(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'The report found that 40% of schools had no nurse.',
    'Here in Leeds, prices rose 5% in 2004.',
    'Sales rose: up 5% on the year.',
  ])('leaves the sentence %j, which states its fact', (sentence) => {
    expect(isLeadIn(sentence)).toBe(false);
    expect(isCheckableAssertion(sentence)).toBe(true);
  });
});
