import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { writerImperative } from '../../../functions/domain/claims/writer-imperative';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('writerImperative', () => {
  it('reads "expect" with no subject before it as the writer\'s voice', () => {
    expect(writerImperative('Expect', false, '')).toBe(true);
    expect(writerImperative('expect', false, 'Once again, ')).toBe(true);
    expect(writerImperative('expect', false, 'Only one of them will be there, but ')).toBe(true);
  });

  it('leaves a subject, a source, and other forms', () => {
    expect(writerImperative('expect', false, 'Analysts ')).toBe(false);
    expect(writerImperative('expect', false, 'And everyone does, indeed, ')).toBe(false);
    expect(writerImperative('expect', true, '')).toBe(false);
    expect(writerImperative('expected', false, '')).toBe(false);
  });
});

describe('buildClaims with the writer\'s "Expect"', () => {
  it('makes no attributed claim of it', () => {
    const text = 'The debate is on Tuesday. Expect the senator to unveil a new plan on taxes.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: null,
      cue: [at('Expect')],
      content: [at('the senator to unveil a new plan on taxes')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
