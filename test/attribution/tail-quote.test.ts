import { describe, expect, it } from 'vitest';
import { tailQuotes } from '../../functions/domain/attribution/continued-quote';
import { annotate } from '../../functions/domain/extract/annotate';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';

/** The span of each phrase, found in order from the end of the one before. */
function spans(text: string, phrases: string[], from = 0) {
  let at = from;
  return phrases.map((p) => {
    const start = text.indexOf(p, at);
    if (start < 0) throw new Error(`no "${p}" after ${at}`);
    at = start + p.length;
    return { start, end: at };
  });
}

function attribution(text: string, source: string, cue: string, content: string[]): Attribution {
  return { source: spans(text, [source]), cue: spans(text, [cue]), content: spans(text, content) };
}

/** What tailQuotes makes of the attributions, as [cue, content fragments]. */
function tailed(text: string, found: Attribution[]) {
  const doc = annotate(text);
  return tailQuotes(doc, found, findQuotes(text, doc.paragraphs), []).map((a) => [
    text.slice(a.cue[0]?.start, a.cue[0]?.end),
    a.content.map((f) => text.slice(f.start, f.end)),
  ]);
}

describe('a quote a later cue holds only up to narration', () => {
  it('goes on for the speaker before it', () => {
    const text =
      'He accused the minister of wasting money. "Their only answer is to tax." Mr Brown liked big numbers, the Tory leader said.';
    const he = attribution(text, 'He', 'accused', ['the minister of wasting money']);
    const leader = attribution(text, 'the Tory leader', 'said', [
      'Their only answer is to tax." Mr Brown liked big numbers',
    ]);
    expect(tailed(text, [he, leader])).toEqual([
      ['accused', ['the minister of wasting money', 'Their only answer is to tax.']],
      ['said', ['Mr Brown liked big numbers']],
    ]);
  });

  it('stays with a later cue whose content is the quote alone', () => {
    const text =
      'He accused the minister of wasting money. "Their only answer is to tax," the Tory leader said.';
    const he = attribution(text, 'He', 'accused', ['the minister of wasting money']);
    const leader = attribution(text, 'the Tory leader', 'said', ['Their only answer is to tax']);
    expect(tailed(text, [he, leader])).toEqual([
      ['accused', ['the minister of wasting money']],
      ['said', ['Their only answer is to tax']],
    ]);
  });
});
