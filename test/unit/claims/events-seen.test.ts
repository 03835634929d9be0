import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { seesEvent } from '../../../functions/domain/claims/events-seen';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.1 };

describe('seesEvent', () => {
  it('reads what a thing, a work or a time "sees" as no statement', () => {
    expect(seesEvent('sees', 'The deal', ' Acme receive $6bn in credits.')).toBe(true);
    expect(seesEvent('sees', 'The film', ' the young actor play a smuggler.')).toBe(true);
    expect(seesEvent('have seen', 'Recent years', ' a poor remake of the show.')).toBe(true);
    expect(seesEvent('would see', 'Their plan', ' the upper house being renamed.')).toBe(true);
    expect(seesEvent('did see', 'The opening months of 2004', ' the appearance of three worms.')).toBe(true);
    expect(seesEvent('sees', 'The thrust of the game', ' two factions competing.')).toBe(true);
    expect(seesEvent('have also seen', 'Past years', ' films such as Ghost compete for prizes.')).toBe(true);
  });

  it('reads a firm that saw its results move as no statement', () => {
    expect(seesEvent('saw', 'Acme Airlines', ' its fourth-quarter profits fall 15%.')).toBe(true);
    expect(seesEvent('still saw', 'the sector', ' a sales increase of 6.5%.')).toBe(true);
  });

  it('keeps a view, a wish and a forecast', () => {
    expect(seesEvent('see', 'Economists', ' the report as key to the decision.')).toBe(false);
    expect(seesEvent('sees', 'Government policy', ' the listings as vital reforms.')).toBe(false);
    expect(seesEvent('sees', 'The deal', ' no change in the rules.')).toBe(false);
    expect(seesEvent('sees', 'Arnesen', ' the new ground as crucial.')).toBe(false);
    expect(seesEvent('sees', 'Acme', ' profits rising next year.')).toBe(false);
    expect(seesEvent('want to see', 'Its ministers', ' the text changed.')).toBe(false);
    expect(seesEvent('sees', 'Mr Prior', ' the changes happen slowly.')).toBe(false);
    expect(seesEvent('sees', 'The plan', ' that costs will rise.')).toBe(false);
    expect(seesEvent('said', 'The deal', ' it would go ahead.')).toBe(false);
  });
});

describe('buildClaims with an event seen', () => {
  it('makes no attributed claim of it', () => {
    const text = 'The deal sees Acme receive $6bn in credits from a Chinese bank.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The deal')],
      cue: [at('sees')],
      content: [at('Acme receive $6bn in credits from a Chinese bank')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });

  it('keeps a view', () => {
    const text = 'Analysts see the merger as a rescue deal for the firm.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('Analysts')],
      cue: [at('see')],
      content: [at('the merger as a rescue deal for the firm')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed').map((c) => c.cue?.text)).toEqual(['see']);
  });
});
