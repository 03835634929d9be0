import { describe, expect, it } from 'vitest';
import { endAtClosedQuote } from '../../functions/domain/attribution/quote-overrun';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { findParagraphs } from '../../functions/domain/text/sentences';
import { cueAndContent as attribution } from './text-fixture';

function contentAfterCut(text: string, a: Attribution): string {
  const cut = endAtClosedQuote(text, findQuotes(text, findParagraphs(text)), a);
  return cut.content.map((f) => text.slice(f.start, f.end)).join(' | ');
}

describe('a quote after its cue that narration follows', () => {
  it('ends at the closing mark that ends its sentence', () => {
    const text =
      'Coach Rob Andrew said: "He\'s fine and we hope to play him." The 25-year-old missed the autumn games.';
    const a = attribution(text, 'said:', "He's fine", 'autumn games');
    expect(contentAfterCut(text, a)).toBe("He's fine and we hope to play him.");
  });

  it('drops a fragment of narration after the quote', () => {
    const text = 'He said: "We can just cut them off." Under the rules users must be able to stop.';
    const a = attribution(text, 'said:', 'We can', 'off.');
    const narration = text.indexOf('rules');
    a.content.push({ start: narration, end: text.length - 1 });
    expect(contentAfterCut(text, a)).toBe('We can just cut them off.');
  });

  it('ends at a closing mark the full stop follows', () => {
    const text =
      'The chief executive said: "we will first fix the fault". Other carmakers were also supplied.';
    const a = attribution(text, 'said:', 'we will', 'supplied');
    expect(contentAfterCut(text, a)).toBe('we will first fix the fault');
    const ending = 'He said: "we will first fix the fault". ';
    const whole = attribution(ending, 'said:', 'we will', 'fault".');
    expect(contentAfterCut(ending, whole)).toBe('we will first fix the fault".');
  });

  it('ends a quote that goes on after its cue there too', () => {
    const text =
      '"We have strict contracts," he said. "We can just cut them off." Under the rules users can stop.';
    const a = attribution(text, 'said.', 'We have', 'contracts');
    const b = text.indexOf('We can');
    a.content.push({ start: b, end: text.indexOf('users can stop') + 14 });
    expect(contentAfterCut(text, a)).toBe('We have strict contracts | We can just cut them off.');
  });

  it('ends at the last closing mark of a quote reopened over lost paragraph breaks', () => {
    const text = 'Ann Lee said: "Sales rose. "Costs fell." Mr Eng said the figures were wrong.';
    const a = attribution(text, 'said:', 'Sales rose', 'were wrong');
    expect(contentAfterCut(text, a)).toBe('Sales rose. "Costs fell.');
  });

  it('ends at a closing mark set apart by a space', () => {
    const text = 'Ann Lee said: "Sales rose in every region. " A report is due in May.';
    const a = attribution(text, 'said:', 'Sales rose', 'in May');
    expect(contentAfterCut(text, a)).toBe('Sales rose in every region.');
  });

  it('leaves a quote that goes on, one the clause goes on after, and one before its cue', () => {
    const reopened = 'Mr Cohen said: "It is as important as your PC. "We want music to be a continuum."';
    expect(contentAfterCut(reopened, attribution(reopened, 'said:', 'It is', 'continuum'))).toBe(
      'It is as important as your PC. "We want music to be a continuum',
    );
    const clause = 'She said: "We will win", adding that the team was ready.';
    expect(contentAfterCut(clause, attribution(clause, 'said:', 'We will', 'ready'))).toBe(
      'We will win", adding that the team was ready',
    );
    const before = '"We will win." The team is ready, she said.';
    expect(contentAfterCut(before, attribution(before, 'said.', 'We will', 'ready'))).toBe(
      'We will win." The team is ready',
    );
  });
});
