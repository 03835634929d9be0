import { describe, expect, it } from 'vitest';
import {
  AttributionScorer,
  overlapCounts,
  roleSpansOf,
  trimFragment,
} from '../../scripts/train/attribution/metric';

const f = (start: number, end: number) => [{ start, end }];

describe('attribution metric', () => {
  it('trims white space, quote marks, commas and full stops at both ends', () => {
    const text = ' “Hello, world.” ';
    expect(trimFragment(text, { start: 0, end: text.length })).toEqual({ start: 2, end: 14 });
    expect(trimFragment("''Fine,'' .", { start: 0, end: 11 })).toEqual({ start: 2, end: 6 });
    expect(trimFragment(' ., ', { start: 0, end: 4 })).toBeNull();
  });

  it('counts exact matches over distinct trimmed spans', () => {
    const text = '“We stay,” Ryder said.';
    const scorer = new AttributionScorer();
    const gold = roleSpansOf([{ source: f(11, 16), cue: f(17, 21), content: f(0, 10) }]);
    // the same content without its quote marks and comma is the same span; a duplicate counts once
    const pred = roleSpansOf([
      { source: f(11, 16), cue: f(17, 22), content: f(1, 8) },
      { source: f(11, 16), cue: f(17, 22), content: f(1, 8) },
    ]);
    scorer.add(text, gold, pred);
    const report = scorer.report();
    expect(report.content.exact.f1).toBe(1);
    expect(report.cue.exact.f1).toBe(1);
    expect(report.source.exact).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.attribution.exact.f1).toBe(1);
  });

  it('scores a wrong boundary as a miss in exact and a hit in overlap', () => {
    const text = 'Ryder said on Monday that it works.';
    const scorer = new AttributionScorer();
    scorer.add(
      text,
      roleSpansOf([{ source: f(0, 5), cue: f(6, 10), content: f(21, 34) }]),
      roleSpansOf([{ source: f(0, 5), cue: f(6, 20), content: f(26, 34) }]),
    );
    const report = scorer.report();
    expect(report.cue.exact.f1).toBe(0);
    expect(report.cue.overlap.f1).toBe(0); // "said" is under half of "said on Monday"
    expect(report.content.exact.f1).toBe(0);
    expect(report.content.overlap.f1).toBe(1);
    expect(report.attribution.exact.f1).toBe(0);
  });

  it('matches overlapping spans one to one', () => {
    const gold = [f(0, 10), f(20, 30)];
    expect(overlapCounts(gold, [f(0, 9), f(1, 10)])).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(overlapCounts(gold, [f(0, 9), f(21, 30)])).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(overlapCounts(gold, [f(5, 25)])).toEqual({ tp: 0, fp: 1, fn: 2 });
  });
});
