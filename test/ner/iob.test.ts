import { describe, expect, it } from 'vitest';
import {
  bilouLabels,
  bilouToIob2,
  bilouTransitions,
  bioLabels,
  encodeTags,
  isBilou,
  spansOf,
  spansToIob2,
  toBilou,
  toIob2,
  transitions,
} from '../../functions/domain/ner/iob';

describe('IOB conversions', () => {
  it('converts IOB1 to IOB2', () => {
    expect(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-LOC',
      'B-ORG',
    ]);
  });

  it('leaves IOB2 unchanged', () => {
    const tags = ['B-ORG', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'O', 'O'];
    expect(toIob2(tags)).toEqual(tags);
  });

  it('finds spans conlleval-style, also in IOB1', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
    // a type change inside I- tags starts a new mention
    expect(spansOf(['I-PER', 'I-ORG'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 2, type: 'ORG' },
    ]);
  });

  it('round-trips through BILOU', () => {
    const tags = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG'];
    expect(toBilou(tags)).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'L-ORG']);
    expect(bilouToIob2(toBilou(tags))).toEqual(tags);
    expect(spansToIob2(spansOf(tags), tags.length)).toEqual(tags);
  });

  it('allows only well-formed BILOU transitions', () => {
    const labels = bilouLabels();
    expect(labels).toHaveLength(17);
    const { allowed, canStart, canEnd } = bilouTransitions(labels);
    const id = (l: string) => labels.indexOf(l);
    const ok = (a: string, b: string) => allowed[id(a) * labels.length + id(b)] === 1;
    expect(ok('B-PER', 'I-PER')).toBe(true);
    expect(ok('B-PER', 'L-PER')).toBe(true);
    expect(ok('B-PER', 'L-ORG')).toBe(false);
    expect(ok('B-PER', 'O')).toBe(false);
    expect(ok('O', 'I-PER')).toBe(false);
    expect(ok('U-LOC', 'B-LOC')).toBe(true);
    expect(ok('L-LOC', 'O')).toBe(true);
    expect(canStart[id('I-PER')]).toBe(0);
    expect(canStart[id('U-PER')]).toBe(1);
    expect(canEnd[id('B-PER')]).toBe(0);
    expect(canEnd[id('L-PER')]).toBe(1);
  });

  it('supports the BIO label set too', () => {
    const labels = bioLabels();
    expect(labels).toEqual(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']);
    expect(isBilou(labels)).toBe(false);
    expect(isBilou(bilouLabels())).toBe(true);
    expect(encodeTags(['I-PER', 'I-PER', 'O'], labels)).toEqual(['B-PER', 'I-PER', 'O']);
    expect(encodeTags(['I-PER', 'I-PER', 'O'], bilouLabels())).toEqual(['B-PER', 'L-PER', 'O']);
    const { allowed, canStart, canEnd } = transitions(labels);
    const id = (l: string) => labels.indexOf(l);
    const ok = (a: string, b: string) => allowed[id(a) * labels.length + id(b)] === 1;
    expect(ok('B-PER', 'I-PER')).toBe(true);
    expect(ok('I-PER', 'I-PER')).toBe(true);
    expect(ok('O', 'I-PER')).toBe(false);
    expect(ok('B-LOC', 'I-PER')).toBe(false);
    expect(ok('I-PER', 'B-PER')).toBe(true);
    expect(canStart[id('I-LOC')]).toBe(0);
    expect(canEnd[id('B-LOC')]).toBe(1);
  });
});
