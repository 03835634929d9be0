import { describe, expect, it } from 'vitest';
import { accordsWithMeasure } from '../../../functions/domain/claims/according-manner';
import { buildClaims } from '../../../functions/domain/claims/build';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

/** Whether the first "according to" (any case) of a one-sentence text tells a manner or is a title's word. */
function measured(text: string): boolean {
  const start = text.toLowerCase().indexOf('according to');
  const cue = { start, end: start + 12, text: text.slice(start, start + 12) };
  return accordsWithMeasure(cue, text, 0, text.slice(cue.end));
}

describe('accordsWithMeasure', () => {
  it('reads a rule, a law, a code, steps or a wh-clause right after a word of the clause as a manner', () => {
    expect(measured('The game draws the creatures according to rules set by its makers.')).toBe(true);
    expect(measured('The puppet is moved according to the laws of physics.')).toBe(true);
    expect(measured('The gangs operate according to a strict code of honour.')).toBe(true);
    expect(measured('The table ranks towns according to the steps they take.')).toBe(true);
    expect(measured('Agents were paid according to how much they sold.')).toBe(true);
  });

  it('reads a capitalised "According to" after a capitalised word as a title', () => {
    expect(measured('She stars in the new comedy The Life According to Jim, from a well-known writer.')).toBe(
      true,
    );
  });

  it('leaves a source: after a comma, opening the sentence, or a body or figures', () => {
    expect(measured('Staff should have been told, according to the rules.')).toBe(false);
    expect(measured('According to the rules, no one may canvass near a polling station.')).toBe(false);
    expect(measured('Sales rose 4% according to the firm.')).toBe(false);
    expect(measured('Attacks are rising according to figures from the police.')).toBe(false);
    expect(measured('Prices fell. According to Mr Lee, they will rise.')).toBe(false);
  });
});

describe('buildClaims with "according to" of a manner', () => {
  it('makes no attributed claim of it, and the sentence may be an unattributed one', () => {
    const text = 'The puppet in the game is moved according to the laws of physics, at 60 frames a second.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('the laws of physics')],
      cue: [at('according to')],
      content: [at('The puppet in the game is moved')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
    expect(claims.map((c) => c.content.text)).toEqual([text]);
  });
});
