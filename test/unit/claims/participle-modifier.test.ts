import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { modifiesNoun } from '../../../functions/domain/claims/participle-modifier';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether the first `cue` of a one-sentence text modifies the noun after it. */
function modifier(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  return modifiesNoun(cue, text.slice(Math.max(0, start - 40), start), text.slice(start + cue.length));
}

describe('modifiesNoun', () => {
  it('reads a participle between a determiner or possessive and its noun as no cue', () => {
    expect(modifier("The mayor's proposed rise of 5% is below what was asked.", 'proposed')).toBe(true);
    expect(modifier("The council's radical proposed overhaul of parking will cost £2m.", 'proposed')).toBe(
      true,
    );
    expect(modifier('The other proposed names include one for museums.', 'proposed')).toBe(true);
    expect(modifier('It is one of 12 proposed sites for the new depot.', 'proposed')).toBe(true);
    expect(modifier('The expected 5 May election would fall in term time.', 'expected')).toBe(true);
    expect(modifier('His declared interests include £9,000 from a bank.', 'declared')).toBe(true);
    expect(modifier("The firms' planned merger was blocked.", 'planned')).toBe(true);
  });

  it('leaves the verb, a verb after a pronoun, a count set off by commas and a stance noun', () => {
    expect(modifier('The council proposed a rise of 5% last year.', 'proposed')).toBe(false);
    expect(modifier('Ministers who proposed raising the limit were outvoted.', 'proposed')).toBe(false);
    expect(modifier("It's expected some 300 jobs will go.", 'expected')).toBe(false);
    expect(modifier('Mr Brown, 53, declared victory on Friday.', 'declared')).toBe(false);
    expect(modifier('The board proposed that the plant close.', 'proposed')).toBe(false);
    expect(modifier('His declared aim is to cut the deficit by 2008.', 'declared')).toBe(false);
    expect(modifier('The group has proposed changes to the rules.', 'has proposed')).toBe(false);
    expect(modifier("The firm's repeated claims that it was right fell flat.", 'repeated')).toBe(false);
  });
});

describe('buildClaims with a participle before its noun', () => {
  it('makes no attributed claim of it, and the sentence may be an unattributed one', () => {
    const text = "The mayor's proposed rise of 5% is well below the 9% unions asked for.";
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at("The mayor's")],
      cue: [at('proposed')],
      content: [at('rise of 5% is well below the 9% unions asked for.')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
    expect(claims.map((c) => c.content.text)).toEqual([text]);
  });

  it('keeps the verb of a proposal', () => {
    const text = 'The mayor proposed a rise of 5% on Monday.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The mayor')],
      cue: [at('proposed')],
      content: [at('a rise of 5% on Monday')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.map((c) => c.kind)).toEqual(['indirect']);
  });
});
