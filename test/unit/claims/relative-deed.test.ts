import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { relativeDeed } from '../../../functions/domain/claims/relative-deed';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether the cue of a one-sentence text is a deed in a relative clause. */
function deed(text: string, cue: string): boolean {
  return relativeDeed(cue, text.slice(0, text.indexOf(cue)));
}

describe('relativeDeed', () => {
  it('reads what the noun did or is, in a clause a comma sets off, as no statement', () => {
    expect(deed('Acme, which floated on the market in 1990, is owned by a bank.', 'floated on')).toBe(true);
    expect(deed('Rovers, who are aiming to win the Cup, face a replay.', 'are aiming')).toBe(true);
    expect(deed('He chairs the Arts Board, which promotes the nation abroad.', 'promotes')).toBe(true);
    expect(deed('The band, whose singer also appears in a soap, split.', 'also appears in')).toBe(true);
  });

  it('leaves a verb of saying, judging or backing, and a cue in no relative clause', () => {
    expect(deed('Jones, who says she is innocent, could lose her medals.', 'says')).toBe(false);
    expect(deed('The group, which opposed the war, urged voters to stay home.', 'opposed')).toBe(false);
    expect(deed('The plan, which judges have ruled against, was shelved.', 'have ruled against')).toBe(false);
    expect(deed('Yukos sued the bank, which it alleges to be the leader of the bid.', 'alleges')).toBe(false);
    expect(deed('Acme floated on the market in 1990.', 'floated on')).toBe(false);
    expect(deed('Fans who are aiming to travel must book now.', 'are aiming')).toBe(false);
  });
});

describe('buildClaims with a deed in a relative clause', () => {
  it('makes no attributed claim of it, and the sentence is an unattributed one', () => {
    const text = 'Acme, which floated on the market for £200m in 1990, is majority-owned by Bob Lee.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('Acme')],
      cue: [at('floated on')],
      content: [at('the market for £200m in 1990')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.map((c) => [c.kind, c.content.text])).toEqual([['unattributed', text]]);
  });

  it('keeps a report in such a clause', () => {
    const text = 'Jones, who says she is innocent, could lose 3 medals.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = { source: [at('Jones')], cue: [at('says')], content: [at('she is innocent')] };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.map((c) => [c.kind, c.cue?.text])).toEqual([['indirect', 'says']]);
  });
});
