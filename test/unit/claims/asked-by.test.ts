import { describe, expect, it } from 'vitest';
import { askedByHeadEnd } from '../../../functions/domain/claims/asked-by';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('askedByHeadEnd', () => {
  it('ends the head of those a poll or a reporter asked', () => {
    for (const [source, head] of [
      ['City analysts surveyed by Norland', 'City analysts'],
      ['economists polled by the Daily Post', 'economists'],
      ['two firms contacted by the Post website', 'two firms'],
    ] as const)
      expect(source.slice(0, askedByHeadEnd(source)), source).toBe(head);
  });

  it('leaves other sources alone', () => {
    for (const source of ['Polled by Norland, analysts', 'a report commissioned by the council', 'Ann Cole'])
      expect(askedByHeadEnd(source), source).toBeUndefined();
  });
});

describe('resolveSpeaker: those a poll asked', () => {
  it('is no one named, not the pollster', () => {
    const text = 'Sales rose. City analysts surveyed by Norland had expected a fall.';
    const firms = [named(text, 'org.norland', 'ORG', ['Norland'])];
    const source = spanOf(text, 'City analysts surveyed by Norland');
    expect(resolveSpeaker(source, firms, [], { discourse: discourseOf(text) })).toBeNull();
  });
});
