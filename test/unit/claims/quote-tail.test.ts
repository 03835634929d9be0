import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { pastQuoteTail } from '../../../functions/domain/claims/quote-tail';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';
import { findQuotes } from '../../../functions/domain/text/quotations';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.9 };

/** The content of the claim of `cue` whose content the tagger ran from `from` to `to`. */
function contentOf(text: string, cue: string, from: string, to: string): string {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const start = text.indexOf(from);
  const a: Attribution = {
    source: null,
    cue: [at(cue)],
    content: [{ start, end: text.indexOf(to) + to.length }],
  };
  const doc = annotate(text);
  const cut = pastQuoteTail(text, findQuotes(text, doc.paragraphs), a).content[0];
  return cut ? text.slice(cut.start, cut.end) : '';
}

describe("a content before its cue opened inside an earlier quote's tail", () => {
  it('starts with the sentence after the quote', () => {
    const text =
      'Mr Lane said: "Tolls may go too far, but we can talk." Details will follow "in two weeks", an aide said.';
    expect(contentOf(text, 'an aide said', 'Tolls', 'weeks')).toBe('Details will follow "in two weeks');
    const plain = 'She added: "It works well." Sales rose by 4% in May, the firm said.';
    expect(contentOf(plain, 'said', 'It works', 'May')).toBe('Sales rose by 4% in May');
  });

  it('leaves a content after its cue, one inside the quote, and a quote not ending a sentence', () => {
    const after = 'He said: "It works well." Sales rose by 4% in May.';
    expect(contentOf(after, 'said', 'It works', 'May')).toBe('It works well." Sales rose by 4% in May');
    const inside = '"It works well. Sales rose by 4% in May," the firm said.';
    expect(contentOf(inside, 'said', 'It works', 'May')).toBe('It works well. Sales rose by 4% in May');
    const open = 'The "quick fix" plan is failing badly, the firm said.';
    expect(contentOf(open, 'said', 'quick', 'badly')).toBe('quick fix" plan is failing badly');
  });

  it('gives the claim only the narration', () => {
    const text = 'She added: "It works well." Sales rose by 4% in May to £6m, the firm said.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('the firm')],
      cue: [at('said.')].map((r) => ({ start: r.start, end: r.end - 1 })),
      content: [{ start: text.indexOf('It works'), end: text.indexOf(' to £6m') + 7 }],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims.filter(
      (c) => c.kind !== 'unattributed',
    );
    expect(claims.map((c) => [c.kind, c.content.text])).toEqual([
      ['indirect', 'Sales rose by 4% in May to £6m'],
    ]);
  });
});
