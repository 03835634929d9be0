import { describe, expect, it } from 'vitest';
import { withoutSpokenOf } from '../../functions/domain/attribution/spoken-of';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted } from './text-fixture';

/** The first occurrence of each of `parts` in `text`, as ranges. */
function at(text: string, ...parts: string[]) {
  return parts.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
}

/** The content `withoutSpokenOf` leaves the claim of `cue` whose content is `parts`. */
function content(text: string, cue: string, ...parts: string[]) {
  const a: Attribution = { source: at(text, 'he'), cue: at(text, cue), content: at(text, ...parts) };
  return asText(text, withoutSpokenOf(text, a))[2];
}

describe('the thing a speaker "said of"', () => {
  it('is no part of the content', () => {
    const text = '"It will never work," he said of the new tax plan.';
    expect(content(text, 'said', 'It will never work', 'the new tax plan')).toBe('It will never work');
    const about = '"We were lucky," he said about the late goal.';
    expect(content(about, 'said', 'We were lucky', 'the late goal')).toBe('We were lucky');
  });

  it('keeps a quote reopened after it', () => {
    const text = '"It will never work," he said of the plan. "Nobody wants it."';
    expect(content(text, 'said', 'It will never work', 'the plan. "Nobody wants it')).toBe(
      'It will never work … Nobody wants it',
    );
  });

  it('leaves other words after the cue, and a content of one fragment', () => {
    const text = '"It will never work," he said, "and nobody wants it."';
    expect(content(text, 'said', 'It will never work', 'and nobody wants it')).toBe(
      'It will never work … and nobody wants it',
    );
    const single = 'He spoke of the plan.';
    expect(content(single, 'spoke', 'the plan')).toBe('the plan');
  });

  it('is how the extractor reads "X said of the plan"', () => {
    const text =
      '"It will never work and nobody in the country wants it," Mr Brown said of the new tax plan.';
    expect(extracted(text)).toEqual([
      ['Mr Brown', 'said', 'It will never work and nobody in the country wants it'],
    ]);
  });
});
