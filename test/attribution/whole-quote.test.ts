import { describe, expect, it } from 'vitest';
import { wholeQuotes } from '../../functions/domain/attribution/whole-quote';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { asText } from './text-fixture';

/** The attributions after the rule, as [source, cue, content]; `a` has its content from `content` to the closing mark. */
function widened(text: string, content: string, found: Attribution[] = []) {
  const start = text.indexOf(content);
  const cue = text.indexOf('added');
  const a: Attribution = {
    source: [{ start: cue - 4, end: cue - 1 }],
    cue: [{ start: cue, end: cue + 5 }],
    content: [{ start, end: start + content.length }],
  };
  const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
  return wholeQuotes(text, quotes, [a, ...found]).map((x) => asText(text, x));
}

describe('a content that starts at the last sentence of the quote its cue follows', () => {
  it('takes the whole quote', () => {
    expect(widened('"Sales rose. Costs fell," she added.', 'Costs fell,')).toEqual([
      ['she', 'added', 'Sales rose. Costs fell,'],
    ]);
  });

  it('takes it from inside a sentence too', () => {
    expect(widened('"Sales rose. However, costs fell," she added.', 'costs fell,')).toEqual([
      ['she', 'added', 'Sales rose. However, costs fell,'],
    ]);
  });

  it('takes it when the content goes on past its tag into the quote after', () => {
    const text = '"Sales rose. However, costs fell," she added. "Margins grew."';
    const cue = text.indexOf('added');
    const a: Attribution = {
      source: [{ start: cue - 4, end: cue - 1 }],
      cue: [{ start: cue, end: cue + 5 }],
      content: [
        { start: text.indexOf('costs'), end: text.indexOf('fell,') + 5 },
        { start: text.indexOf('Margins'), end: text.indexOf('grew.') + 5 },
      ],
    };
    const quotes = findQuotes(text, [{ start: 0, end: text.length }]);
    expect(wholeQuotes(text, quotes, [a]).map((x) => asText(text, x))).toEqual([
      ['she', 'added', 'Sales rose. However, costs fell, … Margins grew.'],
    ]);
  });

  it('stays after narration between, or where another attribution holds the rest', () => {
    expect(widened('"Sales rose. Costs fell." Then she added.', 'Costs fell.')).toEqual([
      ['she', 'added', 'Costs fell.'],
    ]);
    const text = '"Sales rose, he said. Costs fell," she added.';
    const said = text.indexOf('said');
    const other: Attribution = {
      source: null,
      cue: [{ start: said, end: said + 4 }],
      content: [{ start: 1, end: 11 }],
    };
    expect(widened(text, 'Costs fell,', [other])[0]).toEqual(['she', 'added', 'Costs fell,']);
  });
});

describe('a tagged content whose quote reopens one before it, no closing mark between', () => {
  it('takes the quotes it reopens, each as a fragment of its own', () => {
    expect(widened('"Sales rose. "Margins grew. "Costs fell," she added.', 'Costs fell,')).toEqual([
      ['she', 'added', 'Sales rose. … Margins grew. … Costs fell,'],
    ]);
  });

  it('stops at a closing mark, a quote that ends no sentence, or one another attribution holds', () => {
    expect(widened('"Sales rose." "Costs fell," she added.', 'Costs fell,')[0]).toEqual([
      'she',
      'added',
      'Costs fell,',
    ]);
    expect(widened('"Sales rose "Costs fell," she added.', 'Costs fell,')[0]).toEqual([
      'she',
      'added',
      'Costs fell,',
    ]);
    const text = '"Sales rose, he said. "Costs fell," she added.';
    const said = text.indexOf('said');
    const other: Attribution = {
      source: null,
      cue: [{ start: said, end: said + 4 }],
      content: [{ start: 1, end: 11 }],
    };
    expect(widened(text, 'Costs fell,', [other])[0]).toEqual(['she', 'added', 'Costs fell,']);
  });
});
