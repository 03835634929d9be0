import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isWeOrYou } from '../../functions/domain/checkworthiness/we-or-you';

describe('isWeOrYou', () => {
  it.each([
    'We will never know why the tour was cancelled in 2004.',
    'We rated the app as one of the best of 2019.',
    'Building your own console is easier than it used to be.',
    'The game is hard, but it will have you coming back because the levels are so varied.',
    'You’ll grow faster than your rivals because you focus on the right things.',
    'Mind you he forgot the policy that caused the strike in 1984.',
  ])('finds the writer’s "we" or "you" in %j, which is no checkable assertion', (sentence) => {
    expect(isWeOrYou(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'Afterwards you will pay $6.99 per month.',
    'You can upgrade to 512GB of storage for $900 (Orig. $1,599).',
    'If you run one lorry that is an increase of about £750 a year.',
    'Eddie was calm at half-time even though we were only 8-6 ahead.',
    'With the gift card, you’re essentially getting it for $499.',
  ])('finds "we" or "you" as the subject in %j, whose figure is no fact the writer states', (sentence) => {
    expect(isWeOrYou(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'The charger keeps your phone running for 10 hours.',
    'The app lets you register the 15-digit number of your phone.',
    'Fibre keeps you feeling full for 3 hours longer.',
    'The deal gives you 20% more data than the old plan.',
  ])('leaves %j, which holds a figure and no "we" or "you" as a subject', (sentence) => {
    expect(isWeOrYou(sentence)).toBe(false);
    expect(isCheckableAssertion(sentence)).toBe(true);
  });

  it.each([
    'Their single Thank You reached number two in the charts in 2004.',
    'Sales of the "you can do it" kits rose after the launch in 2003.',
    'The model explains how our universe evolved since the Big Bang.',
    'The cascade causes neurons to fire and enables us to taste sugar.',
  ])('finds no writer’s "we" or "you" in %j', (sentence) => {
    expect(isWeOrYou(sentence)).toBe(false);
  });
});
