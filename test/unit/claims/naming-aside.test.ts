import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { namesAside } from '../../../functions/domain/claims/naming-aside';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.1 };

/** The claims built from one attribution, with or without a source. */
function claimsOf(text: string, cue: string, content: string, source?: string) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: source ? [at(source)] : null, cue: [at(cue)], content: [at(content)] };
  return buildClaims(annotate(text), [a], [], scorer).claims.filter((c) => c.kind !== 'unattributed');
}

describe('namesAside', () => {
  it('reads a bare naming verb with only a name after it, and no source, as no statement', () => {
    expect(namesAside('called', false, ' Brightpage.')).toBe(true);
    expect(namesAside('Called', false, ' Brightpage, it reads results aloud.')).toBe(true);
    expect(namesAside('dubbed', false, ' the Blue Line Project, on Monday.')).toBe(true);
    expect(namesAside('titled', false, ' Songs on Thin Ice')).toBe(true);
  });

  it('keeps a source, words after the name, or a cue that is not a bare naming', () => {
    expect(namesAside('called', true, ' Brightpage.')).toBe(false);
    expect(namesAside('called', false, ' the plans a disgrace.')).toBe(false);
    expect(namesAside('called', false, ' for a new inquiry.')).toBe(false);
    expect(namesAside('said', false, ' Brightpage.')).toBe(false);
  });
});

describe('buildClaims with a naming set off by a comma', () => {
  it('makes no attributed claim of the name', () => {
    const text = 'The firm is testing a service for diaries, called Brightpage.';
    expect(claimsOf(text, 'called', 'Brightpage.')).toEqual([]);
  });

  it('keeps a name-calling by a speaker', () => {
    const text = 'Ms Reed, a councillor, called Brightpage a failure.';
    expect(claimsOf(text, 'called', 'Brightpage a failure', 'Ms Reed')).toHaveLength(1);
  });
});
