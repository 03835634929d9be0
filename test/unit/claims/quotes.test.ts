import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../functions/domain/claims/quotes';
import { findParagraphs } from '../../../functions/domain/text/sentences';

const quoted = (text: string) =>
  findQuotes(text, findParagraphs(text)).map((q) => text.slice(q.open, q.close + 1).trim());

describe('findQuotes', () => {
  it('pairs curly and straight marks', () => {
    expect(quoted('“We won,” said Ada Lee. "We are pleased," she added.')).toEqual([
      '“We won,”',
      '"We are pleased,"',
    ]);
  });

  it('ends a quote where a new one reopens, so the text between stays outside', () => {
    // a quote run over lost paragraph breaks: the first has no closing mark
    const text = '"Sales rose in every region. "Costs fell," said Ada Lee. "We are pleased," she added.';
    expect(quoted(text)).toEqual(['"Sales rose in every region.', '"Costs fell,"', '"We are pleased,"']);
  });

  it('reads a mark by its neighbours: a closing one before punctuation', () => {
    const text = 'Tom Eng called it "reckless". "It will cost jobs," he said.';
    expect(quoted(text)).toEqual(['"reckless"', '"It will cost jobs,"']);
  });

  it('never runs a quote past a paragraph', () => {
    expect(quoted('"First part\n\n"Second part," she said.')).toEqual(['"Second part,"']);
  });
});
