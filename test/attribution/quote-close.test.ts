import { describe, expect, it } from 'vitest';
import { toQuoteClose } from '../../functions/domain/attribution/quote-close';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';

function spans(text: string, phrases: string[]) {
  return phrases.map((p) => {
    const start = text.indexOf(p);
    if (start < 0) throw new Error(`no "${p}"`);
    return { start, end: start + p.length };
  });
}

function attribution(text: string, cue: string, content: string[]): Attribution {
  return { source: null, cue: spans(text, [cue]), content: spans(text, content) };
}

/** The content of each attribution after the rule. */
function closed(text: string, found: Attribution[]) {
  const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
  return toQuoteClose(text, quotes, found).map((a) => a.content.map((f) => text.slice(f.start, f.end)));
}

describe('a content stopped inside a quote', () => {
  it('runs on to the closing mark', () => {
    const text = 'Pires told the paper: "You have to respect the decision. Everybody has that right."';
    const a = attribution(text, 'told', ['You have to respect the decision']);
    expect(closed(text, [a])).toEqual([['You have to respect the decision. Everybody has that right.']]);
  });

  it('leaves out the closing comma before a tag', () => {
    const text = '"The issue was old. It was a long cruise, after all," says Ann Lee.';
    const a = attribution(text, 'says', ['The issue was old']);
    expect(closed(text, [a])).toEqual([['The issue was old. It was a long cruise, after all']]);
  });

  it("stops short of another attribution's span in the rest", () => {
    const text = 'He said: "Sales rose. I think costs fell."';
    const a = attribution(text, 'said:', ['Sales rose.']);
    const b = attribution(text, 'think', ['costs fell.']);
    expect(closed(text, [a, b])[0]).toEqual(['Sales rose.']);
  });

  it('stops short of its own cue: marks paired across narration', () => {
    const text = '"Trump walked onto the stage, chanting loudly, and waved';
    const quotes = [{ open: 0, close: 37 }];
    const a = attribution(text, 'chanting', ['Trump walked onto the stage']);
    expect(toQuoteClose(text, quotes, [a])[0]?.content).toEqual(a.content);
  });

  it('takes no quote it holds only the opening mark of, nor one left open', () => {
    const text = 'Firms offer blogs. "That is the difference. It is cheap." He said: "Sales rose. Costs fell';
    const a = attribution(text, 'offer', ['blogs. "']);
    const b = attribution(text, 'said:', ['Sales rose.']);
    expect(closed(text, [a, b])).toEqual([['blogs. "'], ['Sales rose.']]);
  });
});
