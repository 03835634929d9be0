import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { reportsResults } from '../../../functions/domain/claims/reported-results';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('reportsResults', () => {
  it("reads a firm's results reported as figures as no statement", () => {
    for (const [cue, rest] of [
      ['reported', ' a 20% rise in pre-tax profits to £3.8bn.'],
      ['has reported', ' a doubling in profit.'],
      ['have reported', ' strong sales over the past 10 days.'],
      ['reported', ' net income of $104m.'],
    ] as const)
      expect(reportsResults(cue, rest), `${cue}${rest}`).toBe(true);
  });

  it('keeps a clause reported, another verb, and a report that is no result', () => {
    expect(reportsResults('reported', ' that festive sales were well up.')).toBe(false);
    expect(reportsResults('reported', ' losses had deepened to £51.6m.')).toBe(false);
    expect(reportsResults('said', ' profits rose 6%.')).toBe(false);
    expect(reportsResults('reported', ' a 500% increase in phishing e-mails.')).toBe(false);
  });
});

describe('buildClaims with results reported', () => {
  it('makes the sentence an unattributed claim, not the firm speaking', () => {
    const text = 'Barclays reported a 20% rise in pre-tax profits to £3.8bn.';
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const a: Attribution = {
      source: [at('Barclays')],
      cue: [at('reported')],
      content: [at('a 20% rise in pre-tax profits to £3.8bn')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.map((c) => [c.kind, c.content.text])).toEqual([['unattributed', text]]);
  });
});
