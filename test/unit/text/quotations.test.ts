import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../functions/domain/text/quotations';
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

  it('ends a quote left open with its paragraph, and marks it as running on', () => {
    const text = '"First part.\n\n"Second part," she said.';
    expect(quoted(text)).toEqual(['"First part.', '"Second part,"']);
    expect(findQuotes(text, findParagraphs(text)).map((q) => q.runsOn ?? false)).toEqual([true, false]);
  });

  it('closes an open quote at a mark set apart by spaces, which would otherwise open narration', () => {
    const text = '"It was beyond my control, " added Tom Eng. "I am sorry," he said.';
    expect(quoted(text)).toEqual(['"It was beyond my control, "', '"I am sorry,"']);
  });

  it('opens a quote at a mark set apart by spaces when none is open', () => {
    expect(quoted('He said it could be " very useful" for schools.')).toEqual(['" very useful"']);
  });

  it('leaves a lone closing mark alone', () => {
    expect(quoted('He is 6ft 2" tall.\n\nShe said no.')).toEqual([]);
  });
});
