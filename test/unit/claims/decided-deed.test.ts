import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { decidesDeed } from '../../../functions/domain/claims/decided-deed';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('decidesDeed', () => {
  it('reads a decision to act as no statement', () => {
    expect(decidesDeed('has decided', 'to step down next year')).toBe(true);
    expect(decidesDeed('deciding', 'not to appeal')).toBe(true);
    expect(decidesDeed('must decide', 'whether to sell the striker')).toBe(true);
    expect(decidesDeed('also decided against', 'racing in Sydney')).toBe(true);
    expect(decidesDeed('decided not to formally complain to', 'the league')).toBe(true);
  });

  it('keeps a finding and other verbs', () => {
    expect(decidesDeed('decided', 'that the worker had been unfairly dismissed')).toBe(false);
    expect(decidesDeed('has decided', 'she is fit enough to run')).toBe(false);
    expect(decidesDeed('said', 'to step down next year')).toBe(false);
    expect(decidesDeed('decided', 'against his advice the plan was sound')).toBe(false);
  });
});

describe('buildClaims with a decision to act', () => {
  it('makes no attributed claim of it', () => {
    const text = 'The club has decided to sell its ground for 20 million pounds.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The club')],
      cue: [at('has decided')],
      content: [at('to sell its ground for 20 million pounds')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
