import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { isShowNoun } from '../../../functions/domain/claims/show-noun';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('isShowNoun', () => {
  it('reads "show" after a determiner or a kind of programme as the noun', () => {
    expect(isShowNoun('show', 'The soap beat fellow ITV1 ')).toBe(true);
    expect(isShowNoun('show', 'Mr Kilroy-Silk quit his BBC One ')).toBe(true);
    expect(isShowNoun('show', 'an early morning weekend ')).toBe(true);
    expect(isShowNoun('shows', "who hosted children's TV ")).toBe(true);
    expect(isShowNoun('the show', 'Such are the demands of ')).toBe(true);
    expect(isShowNoun('shows like', 'also criticised quiz ')).toBe(true);
    expect(isShowNoun('show', 'included the West End ')).toBe(true);
  });

  it('leaves the verb: figures, reports and a match that show something', () => {
    expect(isShowNoun('show', 'official figures ')).toBe(false);
    expect(isShowNoun('shows', 'The WEF report ')).toBe(false);
    expect(isShowNoun('shows', 'Footage from the game ')).toBe(false);
    expect(isShowNoun('showed', 'the BBC One ')).toBe(false);
  });
});

describe('buildClaims with the noun "show" as cue', () => {
  it('makes no attributed claim of it', () => {
    const text = 'The soap beat fellow ITV1 show Filthy Love to win the prize in 2004.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: null,
      cue: [at('show')],
      content: [at('Filthy Love to win the prize in 2004')],
    };
    const { claims } = buildClaims(annotate(text), [a], [], scorer);
    expect(claims.map((c) => c.kind)).not.toContain('indirect');
  });
});
