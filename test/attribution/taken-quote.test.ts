import { describe, expect, it } from 'vitest';
import { endBeforeTakenQuotes } from '../../functions/domain/attribution/taken-quote';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { findParagraphs } from '../../functions/domain/text/sentences';
import { cueAndContent as attribution } from './text-fixture';

function contents(text: string, found: Attribution[]): string[] {
  return endBeforeTakenQuotes(text, findQuotes(text, findParagraphs(text)), found).map((a) =>
    a.content.map((f) => text.slice(f.start, f.end)).join(' | '),
  );
}

describe('a content run into the quote that opens the next sentence', () => {
  const text =
    'The firm said it had brought in new rules for its staff. "As a result, we are ready to move on," its chief said.';

  it('ends at the sentence end when another attribution holds the quote', () => {
    const narrated = attribution(text, 'said it', 'it had', 'As a result');
    const quoted = attribution(text, 'chief said', 'we are', 'move on');
    expect(contents(text, [narrated, quoted])).toEqual([
      'it had brought in new rules for its staff',
      'we are ready to move on',
    ]);
  });

  it('is left when no one else holds the quote', () => {
    const narrated = attribution(text, 'said it', 'it had', 'move on');
    expect(contents(text, [narrated])).toEqual([
      'it had brought in new rules for its staff. "As a result, we are ready to move on',
    ]);
  });

  it('is left when the content opens in a quote', () => {
    const quotes = 'He said: "We will win. "We are the best," he added.';
    const first = attribution(quotes, 'said:', 'We will', 'the best');
    const second = attribution(quotes, 'he added', 'We are', 'the best');
    expect(contents(quotes, [first, second])[0]).toBe('We will win. "We are the best');
  });
});
