import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { definesClass } from '../../../functions/domain/claims/defining-relative';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether a cue and its content in a one-sentence text make a defining clause run into the sentence's verb. */
function defines(text: string, cue: string, content: string): boolean {
  const start = text.indexOf(cue);
  return definesClass(text.slice(Math.max(0, start - 24), start), content);
}

describe('definesClass', () => {
  it('reads a wish or refusal picking out a class, run into the main verb, as no statement', () => {
    const tenants = 'Tenants who refuse to pay the new fee will lose their flats.';
    expect(defines(tenants, 'refuse', 'to pay the new fee will lose their flats')).toBe(true);
    const riders = 'Riders who want to race at night can join a club.';
    expect(defines(riders, 'want', 'to race at night can join a club')).toBe(true);
    const fans = 'Any fan that prefers to sit (UK) could move.';
    expect(defines(fans, 'prefers', 'to sit (UK) could move')).toBe(true);
  });

  it('leaves a clause set off by a comma, a modal of a clause of its own, and a to-clause with no main verb', () => {
    const named = 'Mr Reed, who refused to pay the fee, will lose his flat.';
    expect(defines(named, 'refused', 'to pay the fee, will lose his flat')).toBe(false);
    const own = 'Firms who want to ensure prices will rise met today.';
    expect(defines(own, 'want', 'to ensure prices will rise')).toBe(false);
    const pronoun = 'Staff who plan to argue they would lose out met today.';
    expect(defines(pronoun, 'plan', 'to argue they would lose out')).toBe(false);
    const plain = 'Staff who want to leave early met today.';
    expect(defines(plain, 'want', 'to leave early')).toBe(false);
  });
});

describe('buildClaims with a defining clause', () => {
  it('makes no attributed claim of it', () => {
    const text = 'Drivers who refuse to take the test will lose their licence for 12 months.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('who')],
      cue: [at('refuse')],
      content: [at('to take the test will lose their licence for 12 months')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });

  // a wish, not a refusal: a deed in a comma clause ("who refused to pay") is no claim (relative-deed.ts)
  it('keeps a named speaker whose clause a comma sets off', () => {
    const text = 'Mr Reed, who wants to pay the fee, will lose his flat in 2006.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = { source: [at('who')], cue: [at('wants')], content: [at('to pay the fee')] };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toHaveLength(1);
  });
});
