import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { namingVerbOf } from '../../../functions/domain/claims/naming-overrun';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('namingVerbOf', () => {
  it('cuts a naming verb off the name the tagger ran it into', () => {
    expect(namingVerbOf({ start: 10, end: 23, text: 'called Bluefin' })).toEqual({
      start: 10,
      end: 16,
      text: 'called',
    });
  });

  it('leaves a bare verb and other cues as they are', () => {
    const bare = { start: 0, end: 6, text: 'called' };
    expect(namingVerbOf(bare)).toBe(bare);
    const other = { start: 0, end: 10, text: 'said Maria' };
    expect(namingVerbOf(other)).toBe(other);
    const lower = { start: 0, end: 14, text: 'called for more' };
    expect(namingVerbOf(lower)).toBe(lower);
  });
});

describe('buildClaims with a naming cue run into the name', () => {
  it('makes no attributed claim of a name given in passing', () => {
    const text = 'The new pump system called Bluefin Flow Guard, cuts water use by 30%.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The new pump system')],
      cue: [at('called Bluefin')],
      content: [at('Flow Guard')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
