import { describe, expect, it } from 'vitest';
import { findSource, headOf, overlaps } from '../../scripts/eval/speakers-match';

const spanOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const textOf = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('speakers eval: head word', () => {
  it('is the last word of a name or a bare nominal', () => {
    const text = 'Pentagon spokesman Major Pete Nguyen said so. The firm has said no.';
    expect(textOf(text, headOf(text, spanOf(text, 'Pentagon spokesman Major Pete Nguyen')))).toBe('Nguyen');
    expect(textOf(text, headOf(text, spanOf(text, 'The firm')))).toBe('firm');
  });

  it('stops before a post-modifier or apposition', () => {
    const text = 'A spokeswoman for the company said so; the head of the bank, Mr Lee, said not.';
    expect(textOf(text, headOf(text, spanOf(text, 'A spokeswoman for the company')))).toBe('spokeswoman');
    expect(textOf(text, headOf(text, spanOf(text, 'the head of the bank, Mr Lee')))).toBe('head');
  });

  it('is the span itself when it holds no word', () => {
    const text = 'x -- y';
    expect(headOf(text, { start: 2, end: 4 })).toEqual({ start: 2, end: 4 });
  });
});

describe('speakers eval: overlap', () => {
  const text = 'Pentagon spokesman Major Pete Nguyen said the firm has said no.';
  const label = spanOf(text, 'Pentagon spokesman Major Pete Nguyen');

  it('counts a prediction that covers the head word', () => {
    expect(overlaps(text, label, spanOf(text, 'Nguyen'))).toBe(true);
    expect(overlaps(text, spanOf(text, 'the firm'), spanOf(text, 'the firm has'))).toBe(true);
  });

  it('counts one that covers at least half the labelled characters', () => {
    expect(overlaps(text, label, spanOf(text, 'Pentagon spokesman Major'))).toBe(true);
  });

  it('refuses a short piece without the head, and a disjoint span', () => {
    expect(overlaps(text, label, spanOf(text, 'Pentagon'))).toBe(false);
    expect(overlaps(text, label, spanOf(text, 'the firm'))).toBe(false);
  });
});

describe('speakers eval: findSource', () => {
  const text = 'Mr Blair told MPs the firm has said no.';
  const firm = spanOf(text, 'the firm');

  it('prefers the exact span, then the widest overlap', () => {
    const exact = { ...firm, entityId: 'org.a' };
    const longer = { ...spanOf(text, 'the firm has'), entityId: 'org.b' };
    expect(findSource(text, firm, [longer, exact])).toEqual({ match: 'exact', ...exact });
    expect(findSource(text, firm, [longer, { ...spanOf(text, 'firm'), entityId: null }])).toEqual({
      match: 'overlap',
      ...longer,
    });
  });

  it('finds nothing when no source overlaps', () => {
    expect(findSource(text, firm, [{ ...spanOf(text, 'Mr Blair'), entityId: 'person.tony-blair' }])).toBe(
      undefined,
    );
  });
});
