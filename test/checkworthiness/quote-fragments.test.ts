import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isQuoteFragment } from '../../functions/domain/checkworthiness/quote-fragments';

describe('isQuoteFragment', () => {
  it.each([
    '“It was a 90-minute play with the texts shown on screen now and then.',
    '"He sat down in front of the TV and after 10 minutes he was asleep.',
    'We put in 25 laptops three years ago, only one has been broken."',
    'Basically, the room is cooled to minus 160 degrees and it speeds healing.” ',
  ])('finds the sentence of a quote running over several in %j', (sentence) => {
    expect(isQuoteFragment(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    '"Angels" was voted the best song of the last 25 years in 2005.',
    'The award goes to one "whose contributions have brought credit to the industry" and was first given in 1985.',
    'McDonald played on four albums and hits like 1978’s “What a Fool Believes.”',
    'Sales rose 5% in 2004, the firm said.',
  ])('leaves %j, whose quotes close within it', (sentence) => {
    expect(isQuoteFragment(sentence)).toBe(false);
    expect(isCheckableAssertion(sentence)).toBe(true);
  });
});
