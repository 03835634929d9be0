import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trailingJson } from '../../../scripts/bench/run-process';
import { compareFloors, readFloors, writeFloors } from '../../../scripts/check/floors';
import { QUALITY_EVALS } from '../../../scripts/check/quality-evals';

describe('compareFloors', () => {
  it('tells drops, rises, figures with no floor and figures that are no number', () => {
    const result = compareFloors(
      { 'a.f1': 0.7, 'b.f1': 0.81, 'c.f1': 0.5, 'd.f1': 0.9, 'e.f1': Number.NaN },
      { 'a.f1': 0.71, 'b.f1': 0.8, 'c.f1': 0.5, 'e.f1': 0.4, 'z.f1': 0.3 },
    );
    expect(result.drops).toEqual([{ name: 'a.f1', floor: 0.71, now: 0.7 }]);
    expect(result.rises).toEqual([{ name: 'b.f1', floor: 0.8, now: 0.81 }]);
    expect(result.unset).toEqual(['d.f1']);
    expect(result.unreadable).toEqual(['e.f1']);
  });

  it('reads a figure missing from a report as unreadable, not as a pass', () => {
    expect(compareFloors({ 'a.f1': undefined as unknown as number }, { 'a.f1': 0.5 }).unreadable).toEqual([
      'a.f1',
    ]);
  });
});

describe('the floors file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'floors-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is written sorted by name and read back as written', () => {
    const file = join(dir, 'floors.json');
    writeFloors({ 'ner.f1': 0.93, 'attribution.cue': 0.7 }, file);
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toEqual(['attribution.cue', 'ner.f1']);
    expect(readFloors(file)).toEqual({ 'attribution.cue': 0.7, 'ner.f1': 0.93 });
  });

  it('has a floor for every figure the evals report', () => {
    const names = QUALITY_EVALS.flatMap((e) =>
      Object.keys(e.figures(sampleReport(e.name))).map((k) => `${e.name}.${k}`),
    );
    expect(Object.keys(readFloors()).sort()).toEqual(names.sort());
  });
});

describe('the eval reports', () => {
  it('give their figures from the fields the evals print', () => {
    const figures = Object.fromEntries(QUALITY_EVALS.map((e) => [e.name, e.figures(sampleReport(e.name))]));
    expect(figures.attribution).toEqual({ source: 0.74, cue: 0.7, content: 0.56, attribution: 0.49 });
    expect(figures.ner).toEqual({ f1: 0.93 });
    expect(figures.checkworthy).toEqual({ f1: 0.77, ap: 0.86 });
    expect(figures.html).toEqual({ f1: 0.98 });
    expect(figures['speakers-tune']).toEqual({ correct: 54 });
  });
});

describe('trailingJson', () => {
  it('reads a last line of JSON, or a pretty-printed document after other lines', () => {
    expect(trailingJson('progress\n{"a":1}\n')).toEqual({ a: 1 });
    expect(trailingJson('loading\n{\n  "a": {\n    "b": 2\n  }\n}\n')).toEqual({ a: { b: 2 } });
    expect(() => trailingJson('no json here\n')).toThrow();
  });
});

/** Reports shaped as `npm run eval` prints them (the fields read, with made-up values). */
function sampleReport(name: string): unknown {
  const role = (f1: number) => ({ exact: { f1 }, overlap: { f1: f1 + 0.03 } });
  if (name === 'attribution')
    return {
      split: 'dev',
      source: role(0.74),
      cue: role(0.7),
      content: role(0.56),
      attribution: { exact: { f1: 0.49 } },
    };
  if (name === 'ner') return { task: 'ner', overall: { f1: 0.93 } };
  if (name === 'checkworthy') return { task: 'checkworthy', f1: 0.77, ap: 0.86 };
  if (name === 'html') return { pages: 91, f1: 0.98 };
  return { all: { correct: 54, accuracy: 0.8 } };
}
