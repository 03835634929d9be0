import { describe, expect, it } from 'vitest';
import {
  clauseEnd,
  runContentOn,
  runOnToClauseEnd,
  sentenceClose,
  soleContentAfterCue,
} from '../../functions/domain/attribution/content-run-on';
import type { Attribution } from '../../functions/domain/extract/types';

const span = (start: number, end: number) => ({ start, end });
const claim = (cue: [number, number], ...content: [number, number][]): Attribution => ({
  source: [span(0, 2)],
  cue: [span(...cue)],
  content: content.map(([start, end]) => span(start, end)),
});

describe('soleContentAfterCue', () => {
  it('gives the one content after the last cue', () => {
    expect(soleContentAfterCue(claim([3, 7], [8, 20]))).toEqual(span(8, 20));
  });

  it('gives none for a content before its cue, of fragments, or missing', () => {
    expect(soleContentAfterCue(claim([20, 24], [0, 18]))).toBeUndefined();
    expect(soleContentAfterCue(claim([3, 7], [8, 12], [14, 20]))).toBeUndefined();
    expect(soleContentAfterCue(claim([3, 7]))).toBeUndefined();
  });
});

describe('runContentOn', () => {
  const a = claim([3, 7], [8, 20]);
  const content = span(8, 20);

  it('runs the content on to the end given', () => {
    expect(runContentOn(a, content, [], 22, 40).content).toEqual([span(8, 40)]);
  });

  it('leaves it when the stretch gains nothing or takes in a cue or source', () => {
    expect(runContentOn(a, content, [], 22, 22)).toBe(a);
    expect(runContentOn(a, content, [span(30, 34)], 22, 40)).toBe(a);
    expect(runContentOn(a, content, [span(40, 44)], 22, 40).content).toEqual([span(8, 40)]);
  });

  it('runs on the piece given, keeping the others', () => {
    const pieces = claim([3, 7], [8, 12], [14, 20]);
    expect(runContentOn(pieces, span(14, 20), [], 22, 40).content).toEqual([span(8, 12), span(14, 40)]);
  });
});

describe('clauseEnd', () => {
  const text = 'the plan would fail, it said; others agreed. Next.';

  it('is where the clause ends, at a comma, semicolon, colon, dash or stop', () => {
    expect(clauseEnd(text, 0, 44)).toBe(19);
    expect(clauseEnd(text, 21, 44)).toBe(28);
  });

  it('ends at the marks given instead', () => {
    expect(clauseEnd(text, 0, 44, /;/u)).toBe(28);
    expect(clauseEnd(text, 0, 44, /:/u)).toBe(44);
  });
});

describe('sentenceClose', () => {
  it('is where the sentence ends, its stop and closing quote left out', () => {
    const text = 'He said "it will rain." Next one.';
    expect(sentenceClose(text, 8, span(0, 23))).toBe(21);
    expect(sentenceClose('It rains', 3, span(0, 8))).toBe(8);
  });
});

describe('runOnToClauseEnd', () => {
  const text = 'X said the plan, which Y backed, would fail; others disagreed. Next one.';
  const sentences = [span(0, 62), span(63, 72)];
  const a = claim([2, 6], [7, 31]);
  const content = span(7, 31);

  it("runs the content on to its clause's end within the sentence", () => {
    expect(runOnToClauseEnd(text, sentences, [], a, content, 33).content).toEqual([span(7, 43)]);
  });

  it('leaves it past its sentence, when the sentence opens after it, or over a cue or source', () => {
    expect(runOnToClauseEnd(text, sentences, [], a, content, 62)).toBe(a);
    expect(runOnToClauseEnd(text, [span(10, 62)], [], a, content, 33)).toBe(a);
    expect(runOnToClauseEnd(text, sentences, [span(38, 42)], a, content, 33)).toBe(a);
  });
});
