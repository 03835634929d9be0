import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { tellsConsequence } from '../../../functions/domain/claims/consequence';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.1 };

describe('tellsConsequence', () => {
  it('reads a thing that "meant" or "means" something as no statement', () => {
    expect(tellsConsequence('meant', 'The extra time')).toBe(true);
    expect(tellsConsequence('also meant', 'The new format')).toBe(true);
    expect(tellsConsequence('does not mean', 'That')).toBe(true);
    expect(tellsConsequence('means', null)).toBe(true);
  });

  it("keeps a speaker's meaning and other cues", () => {
    expect(tellsConsequence('meant', 'he')).toBe(false);
    expect(tellsConsequence('mean', 'I')).toBe(false);
    expect(tellsConsequence('said', 'The firm')).toBe(false);
    expect(tellsConsequence('said it meant', 'The firm')).toBe(false);
  });
});

describe('buildClaims with a consequence', () => {
  it('makes no attributed claim of it', () => {
    const text = 'The long delay meant that forty flights were cancelled.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The long delay')],
      cue: [at('meant')],
      content: [at('that forty flights were cancelled')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
