import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isExclamation } from '../../functions/domain/checkworthiness/exclamations';

describe('isExclamation', () => {
  it.each([
    'But it is no way the best song of the past 25 years!',
    'The list was weak anyway, and that the best album since 1980!!!!',
    'In 1998, 20 of us played it every night, them was the days !',
    'Once you do, 100 doors will open for you!',
  ])('finds the exclamation in %j, which is no checkable assertion', (sentence) => {
    expect(isExclamation(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'The poster has been compared to a scene in the 1968 musical Oliver!',
    'The band led a 2004 poll of Kerrang!',
    'Sales rose 5% in 2004.',
    'The slogan, "Vote for 2005 now!" was on 300 posters.',
  ])('leaves %j, which ends on no exclamation of the writer', (sentence) => {
    expect(isExclamation(sentence)).toBe(false);
    expect(isCheckableAssertion(sentence)).toBe(true);
  });
});
