import { describe, expect, it } from 'vitest';
import { withClosingMark } from '../../functions/domain/attribution/closing-mark';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { findParagraphs } from '../../functions/domain/text/sentences';

/** The content of an attribution whose content runs from `from` to the end of `to`, after the rule. */
function contentAfter(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const a: Attribution = {
    source: null,
    cue: [{ start: text.indexOf('said'), end: text.indexOf('said') + 4 }],
    content: [{ start, end: text.indexOf(to) + to.length }],
  };
  const out = withClosingMark(text, findQuotes(text, findParagraphs(text)), a);
  return out.content.map((f) => text.slice(f.start, f.end)).join(' | ');
}

describe('a content that ends right before the closing mark of a quote it opens', () => {
  it('takes the closing mark at the sentence end', () => {
    const text = 'The minister said the plan would be "deeply unfair".';
    expect(contentAfter(text, 'the plan', 'unfair')).toBe('the plan would be "deeply unfair"');
  });

  it('takes it before the sentence goes on', () => {
    const text = 'Her lawyer said the fine was "absurd" and said she would appeal.';
    expect(contentAfter(text, 'the fine', 'absurd')).toBe('the fine was "absurd"');
  });

  it('takes a curly closing mark', () => {
    const text = 'The coach said his side were “robbed blind”.';
    expect(contentAfter(text, 'his side', 'blind')).toBe('his side were “robbed blind”');
  });

  it('leaves a content whose quote opened before it', () => {
    const text = '"We will win," said the captain. "The pitch is good".';
    expect(contentAfter(text, 'The pitch', 'good')).toBe('The pitch is good');
  });

  it('leaves a quote the next opening mark cut short', () => {
    const text = 'The firm said sales were "weak "and falling".';
    expect(contentAfter(text, 'sales', 'weak')).toBe('sales were "weak');
  });
});
