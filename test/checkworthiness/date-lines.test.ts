import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isDateLine } from '../../functions/domain/checkworthiness/date-lines';

describe('isDateLine', () => {
  it.each([
    'May 2 – Austin, TX @ Riverside Hall at Lake Park',
    'Aug. 14 -- Grand Arena of the North, Leeds, UK',
    'October 3rd — Teatro de la Ciudad, Madrid',
  ])('reads %j as a schedule line, no checkable assertion', (sentence) => {
    expect(isDateLine(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'May 2 – The band played 20 songs in Austin.',
    'On May 2 the band played Riverside Hall at Lake Park.',
    'May 2 – 1,200 fans at Riverside Hall.',
  ])('leaves %j, which says something', (sentence) => {
    expect(isDateLine(sentence)).toBe(false);
  });
});
