import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { tellsPlot } from '../../../functions/domain/claims/story-told';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.1 };

describe('tellsPlot', () => {
  it("reads a work's plot as no statement", () => {
    expect(tellsPlot('tells', 'The film', ' the story of two brothers who run a farm.')).toBe(true);
    expect(tellsPlot('tells', 'Moonfield', ' the tale of a forbidden love.')).toBe(true);
    expect(tellsPlot('tells', 'It', ' the true story of a lost ship.')).toBe(true);
    expect(tellsPlot('told', 'The show', ' the story of a poor man striking oil.')).toBe(true);
    expect(tellsPlot('will tell', 'The new drama', ' the story of six nurses.')).toBe(true);
  });

  it("keeps a person's story, a story of how, and other words told", () => {
    expect(tellsPlot('told', 'he', ' the story of an old supporter who wrote to him.')).toBe(false);
    expect(tellsPlot('told', 'Mr Smith', ' the story of an old supporter.')).toBe(false);
    expect(tellsPlot('tells', 'She', ' the story of a nurse she met.')).toBe(false);
    expect(tellsPlot('tells', 'The film', ' the story of how it was made.')).toBe(false);
    expect(tellsPlot('tells', 'The firm', ' a different story.')).toBe(false);
    expect(tellsPlot('tells', 'The report', ' the government that costs are rising.')).toBe(false);
  });
});

describe('buildClaims with a plot', () => {
  it('makes no attributed claim of it', () => {
    const text = 'The film tells the story of two brothers who lose their farm in 1930.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The film')],
      cue: [at('tells')],
      content: [at('the story of two brothers who lose their farm in 1930')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });

  it('reads the work a relative pronoun stands for', () => {
    const text = 'The show, which told the story of a poor man striking oil, ran until 1971.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('which')],
      cue: [at('told')],
      content: [at('the story of a poor man striking oil')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed')).toEqual([]);
  });

  it("keeps a speaker's anecdote", () => {
    const text = 'He told the story of an old supporter who wrote to him in 1990.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('He')],
      cue: [at('told')],
      content: [at('the story of an old supporter who wrote to him in 1990')],
    };
    const claims = buildClaims(annotate(text), [a], [], scorer).claims;
    expect(claims.filter((c) => c.kind !== 'unattributed').map((c) => c.cue?.text)).toEqual(['told']);
  });
});
