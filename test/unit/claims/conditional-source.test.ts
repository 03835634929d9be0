import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { conditionalSource } from '../../../functions/domain/claims/conditional-source';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('conditionalSource', () => {
  it('reads a source right after "if" or "unless" as a condition\'s subject', () => {
    expect(conditionalSource('They must act if ')).toBe(true);
    expect(conditionalSource('. If ')).toBe(true);
    expect(conditionalSource('at 65, unless ')).toBe(true);
    expect(conditionalSource('even if Mr ')).toBe(true);
  });

  it('leaves other sources', () => {
    expect(conditionalSource('. ')).toBe(false);
    expect(conditionalSource('asked whether ')).toBe(false);
    expect(conditionalSource('the stiff ')).toBe(false);
    expect(conditionalSource('told Mr ')).toBe(false);
  });
});

describe('buildClaims with a source in a condition', () => {
  it('makes no attributed claim of it', () => {
    const text = 'The club will lose 3 players if the owners say the ground is unsafe.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('the owners')],
      cue: [at('say')],
      content: [at('the ground is unsafe')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });

  it('keeps a source that opens its own sentence', () => {
    const text = 'The owners said the ground was worth 3 million pounds.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The owners')],
      cue: [at('said')],
      content: [at('the ground was worth 3 million pounds')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toHaveLength(1);
  });
});
