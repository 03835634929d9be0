import { describe, expect, it } from 'vitest';
import { CLOSING, INSIDE, OPENING, OUTSIDE, quoteStates } from '../../functions/domain/attribution/quotes';
import { tokenize } from '../../functions/domain/text/tokenize';

function states(text: string): string {
  const names = { [OUTSIDE]: 'o', [INSIDE]: 'i', [OPENING]: '(', [CLOSING]: ')' } as Record<number, string>;
  return [...quoteStates(text, tokenize(text))].map((s) => names[s]).join('');
}

describe('quote states', () => {
  it('follows curly quotes', () => {
    // “ Go home , ” she said .
    expect(states('“Go home,” she said.')).toBe('(iii)ooo');
  });

  it('tells opening from closing straight quotes by the space before them', () => {
    expect(states('He said "no way" twice.')).toBe('oo(ii)oo');
  });

  it("reads '' and `` as one double quote", () => {
    expect(states("``Fine,'' he said.")).toBe('((ii))ooo');
  });
});
