import { describe, expect, it } from 'vitest';
import { claimSpan } from '../../../functions/domain/claims/sentence-span';

const shown = (text: string, sentence = { start: 0, end: text.length }) => {
  const span = claimSpan(text, sentence);
  return text.slice(span.start, span.end);
};

describe('claimSpan', () => {
  it('leaves out the quote mark that opens the next sentence', () => {
    expect(shown('Sales rose 5% last year. "')).toBe('Sales rose 5% last year.');
  });

  it("leaves out the dateline opening a wire story's first sentence", () => {
    expect(shown('CAIRO (AP) — Prices rose 30% in a year.')).toBe('Prices rose 30% in a year.');
    const text = 'Title\n\nTULSA, Okla. — Floods shut 40 roads. "';
    expect(shown(text, { start: text.indexOf('TULSA'), end: text.length })).toBe('Floods shut 40 roads.');
  });
});
