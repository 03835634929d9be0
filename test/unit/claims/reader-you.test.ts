import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { readerYou } from '../../../functions/domain/claims/reader-you';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('readerYou', () => {
  it('reads a source "you" as the reader, no one who spoke', () => {
    expect(readerYou('you', 'want')).toBe(true);
    expect(readerYou('You', 'might think')).toBe(true);
    expect(readerYou('you', 'can expect')).toBe(true);
    expect(readerYou('you', 'have said')).toBe(true);
  });

  it('keeps someone addressed with what they said, and other sources', () => {
    expect(readerYou('You', 'said')).toBe(false);
    expect(readerYou('you', 'told')).toBe(false);
    expect(readerYou('your boss', 'wants')).toBe(false);
    expect(readerYou('Youssef', 'said')).toBe(false);
    expect(readerYou(null, 'want')).toBe(false);
  });
});

describe('buildClaims with the reader as source', () => {
  it('makes no claim of the writer telling the reader what they may think', () => {
    const text = 'You might think that the new model costs more than $500.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('You')],
      cue: [at('might think')],
      content: [at('that the new model costs more than $500')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
