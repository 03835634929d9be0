import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isStanceTaken } from '../../functions/domain/checkworthiness/stance-adverbs';

describe('isStanceTaken', () => {
  it.each([
    'Asia is undoubtedly more advanced than Europe in recycling.',
    'This is hardly surprising, compared to other kinds of media.',
    'Of course, rail travel in the UK is slow compared to other countries.',
    'Perhaps more important than the chip is the firm’s role in the market.',
    'He certainly looks a better bet than the older player after last week.',
  ])('finds the writer’s stance in %j, which is no checkable assertion', (sentence) => {
    expect(isStanceTaken(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'Perhaps 2,000 people attended the rally in 2004.',
    'The club will certainly pay £5m for the striker.',
    'She faces arguably the biggest test of her career in the final on Sunday.',
    'The fee, "certainly the highest ever", was paid after the club grew faster than its rivals.',
  ])('leaves %j', (sentence) => {
    expect(isStanceTaken(sentence)).toBe(false);
    expect(isCheckableAssertion(sentence)).toBe(true);
  });
});
