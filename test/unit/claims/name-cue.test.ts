import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { withinName } from '../../../functions/domain/claims/name-cue';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether the cue, found in the text, reads as part of a name. */
function named(text: string, cue: string): boolean {
  const start = text.indexOf(cue);
  return withinName(text, { start, end: start + cue.length, text: cue }, 0);
}

describe('withinName', () => {
  it('reads a capitalised cue inside the sentence as a word of a name or a title', () => {
    expect(named('British team member Hayley Yelling said the team would understand.', 'Yelling')).toBe(true);
    expect(named('Actress Teri Hatcher beat fellow stars to the prize.', 'Teri')).toBe(true);
    expect(named('It puts Tears for Fears back to the top of the chart.', 'Fears back to')).toBe(true);
    expect(named("Sega's Feel The Magic is out.", 'Feel')).toBe(true);
    expect(named('Jamie Cullum and Genius Loves Company sold well.', 'Loves')).toBe(true);
  });

  it('leaves a cue that opens its sentence, one with a word in lower case, and "According to"', () => {
    expect(named('Asked about the deal, he smiled.', 'Asked')).toBe(false);
    expect(named('"Asked about the deal, he smiled.', 'Asked')).toBe(false);
    expect(named('Age Concern argued social care was under-funded.', 'Concern argued')).toBe(false);
    expect(named('Sales rose, According to the firm.', 'According to')).toBe(false);
    expect(named('He told reporters: Said it before.', 'Said')).toBe(false);
    expect(named('Hayley Yelling said the team would understand.', 'said')).toBe(false);
  });
});

describe('buildClaims with a cue inside a name', () => {
  it('makes no attributed claim of it', () => {
    const text = 'Britons Kathy Butler and Hayley Yelling were out of contention early on.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('Hayley')],
      cue: [at('Yelling')],
      content: [at('were out of contention early on')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });
});
