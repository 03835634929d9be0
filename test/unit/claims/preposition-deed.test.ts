import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { prepositionDeed } from '../../../functions/domain/claims/preposition-deed';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether the cue of a one-sentence text is a deed's gerund after a preposition. */
function deed(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  return prepositionDeed(cue, text.slice(Math.max(0, start - 12), start));
}

describe('prepositionDeed', () => {
  it('reads a deed in -ing right after a preposition as no statement', () => {
    expect(deed('He let fans down by failing to name the new console.', 'failing')).toBe(true);
    expect(deed('The firm was sued for sending mail messages that broke the law.', 'sending')).toBe(true);
    expect(deed('She won the prize after reading aloud a short poem.', 'reading aloud')).toBe(true);
    expect(deed('He beat two men before delivering a low cross.', 'delivering')).toBe(true);
  });

  it('leaves a verb of saying or backing, and a deed with no preposition before it', () => {
    expect(deed('He was fined after claiming the referee was biased.', 'claiming')).toBe(false);
    expect(deed('The band rose after supporting a bigger act.', 'supporting')).toBe(false);
    expect(deed('The report, failing to convince, was shelved.', 'failing')).toBe(false);
  });
});

describe('buildClaims with a deed after a preposition', () => {
  it('makes no attributed claim of it', () => {
    const text = 'He disappointed fans by failing to announce a date for 2006.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('He')],
      cue: [at('failing')],
      content: [at('to announce a date for 2006')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
