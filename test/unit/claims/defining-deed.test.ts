import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { definingDeed } from '../../../functions/domain/claims/defining-deed';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether the cue of a one-sentence text is a deed in a defining relative clause. */
function deed(text: string, cue: string, content: string): boolean {
  return definingDeed(cue, text.slice(0, text.indexOf(cue)), content);
}

describe('definingDeed', () => {
  it('reads what the noun did or is, in a clause no comma sets off, as no statement', () => {
    expect(
      deed(
        'Ann and Bo are among the acts who have previously graced the stage.',
        'have previously graced',
        'the stage',
      ),
    ).toBe(true);
    expect(deed('He sells plots to people who wish to build homes.', 'wish', 'to build homes')).toBe(true);
    expect(deed('The only man who was positive about it was Bob.', 'was positive about', 'it was Bob')).toBe(
      true,
    );
    expect(deed('They staged a comeback that thrilled the crowd.', 'thrilled', 'the crowd')).toBe(true);
  });

  it('leaves a verb of saying or judging, a finding, a clause after the cue and a clause set off by a comma', () => {
    expect(
      deed('Ann is among the MPs who have called for an apology.', 'have called for', 'an apology'),
    ).toBe(false);
    expect(
      deed(
        'Prices rose despite a report that showed supplies were rising.',
        'showed',
        'supplies were rising',
      ),
    ).toBe(false);
    expect(
      deed(
        'It angered experts who wonder whether the aid will be wasted.',
        'wonder',
        'whether the aid will be wasted',
      ),
    ).toBe(false);
    expect(
      deed(
        'Acme, which floated on the market in 1990, is owned by a bank.',
        'floated on',
        'the market in 1990',
      ),
    ).toBe(false);
    expect(deed('The stars have previously graced the stage.', 'have previously graced', 'the stage')).toBe(
      false,
    );
  });
});

describe('buildClaims with a deed in a defining relative clause', () => {
  it('makes no attributed claim of it, and the sentence is an unattributed one', () => {
    const text = 'He has sold 40 plots to people who wish to build virtual homes.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('people')],
      cue: [at('wish')],
      content: [at('to build virtual homes')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.map((c) => [c.kind, c.content.text])).toEqual([['unattributed', text]]);
  });

  it('keeps a report in such a clause', () => {
    const text = 'Ann is among 12 MPs who have called for an apology.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('12 MPs')],
      cue: [at('have called for')],
      content: [at('an apology')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.map((c) => [c.kind, c.cue?.text])).toEqual([['indirect', 'have called for']]);
  });
});
