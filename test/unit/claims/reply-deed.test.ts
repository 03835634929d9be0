import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { repliesByDeed } from '../../../functions/domain/claims/reply-deed';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('repliesByDeed', () => {
  it('reads a deed done in reply as no statement', () => {
    expect(repliesByDeed('responded', 'by kicking the ball into the stand')).toBe(true);
    expect(repliesByDeed('replied', 'by selling half his shares')).toBe(true);
    expect(repliesByDeed('hit back', 'by closing the plant')).toBe(true);
  });

  it('keeps a gerund of saying, other content and other verbs', () => {
    expect(repliesByDeed('responded', 'by saying the plan was sound')).toBe(false);
    expect(repliesByDeed('responded', 'by accusing the mayor of lying')).toBe(false);
    expect(repliesByDeed('responded', 'that the plan was sound')).toBe(false);
    expect(repliesByDeed('said', 'by closing the plant they saved jobs')).toBe(false);
  });
});

describe('buildClaims with a deed done in reply', () => {
  it('makes no attributed claim of it', () => {
    const text = 'Jones responded by kicking the ball into the stand after 20 minutes.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('Jones')],
      cue: [at('responded')],
      content: [at('by kicking the ball into the stand after 20 minutes')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
