import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { withoutEmptyComparison } from '../../functions/domain/checkworthiness/empty-comparisons';

describe('withoutEmptyComparison', () => {
  it.each([
    'This is more than just a theory.',
    'Web TV is about more than phone firms, though.',
    'The awards have proved to be nothing more than a marketing tool.',
    'It has changed how we shop, which is more than can be said for the tablet.',
    'The game is little more than a series of races.',
  ])('leaves no comparison in %j, which is no checkable assertion', (sentence) => {
    expect(withoutEmptyComparison(sentence)).not.toMatch(/more than/i);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'The firm earns more than its rivals.',
    'The targets are about more than 3% growth.',
    'The club has been more than just a team since it was founded in 1901, because it runs schools.',
  ])('leaves %j, which states a comparison, a figure or a cause', (sentence) => {
    expect(isCheckableAssertion(sentence)).toBe(true);
  });
});
