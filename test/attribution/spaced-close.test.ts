import { describe, expect, it } from 'vitest';
import { extracted } from './text-fixture';

describe('a mark set apart by spaces that closes the quote before', () => {
  it('ends the quote, and the report after it is its own', () => {
    const text =
      'Tory chairman Tom Smith said: "If the plan is real he should explain how it would work. "The reality is, the party lacks the courage to cut waste, and the families would be £630 worse off a year. " And Chancellor Gordon Brown said the figures did not add up. He accused the party of claiming it would spend less.';
    const found = extracted(text);
    expect(found).toContainEqual(['Chancellor Gordon Brown', 'said', 'the figures did not add up']);
    expect(found).toContainEqual(['He', 'accused', 'the party of claiming it would spend less']);
    expect(found[0]?.[2]).not.toContain('Chancellor');
  });

  it('leaves a spaced mark that opens a quote when none is open', () => {
    const text = 'The minister said the plan was sound. " We will win," he added.';
    expect(extracted(text)).toContainEqual(['he', 'added', 'We will win']);
  });
});

describe('a spaced closing mark before its own tag', () => {
  it('keeps the quote for the tag after it', () => {
    const text =
      'Savers are still waiting. "The situation is bad for those who chose to save here, " said Carlos Baez, head of the savers\' group. "A lot of them invested in good faith," he said.';
    expect(extracted(text)).toContainEqual([
      "Carlos Baez, head of the savers' group",
      'said',
      'The situation is bad for those who chose to save here',
    ]);
  });
});
