import { describe, expect, it } from 'vitest';
import { pageCounts, scores } from '../../scripts/eval/html';

describe('article-extraction benchmark metric', () => {
  it('counts 4-token shingles as multisets, normalised per page', () => {
    // truth: 5 tokens -> 2 shingles; prediction adds one token -> 3 shingles, 2 shared
    expect(pageCounts('a b c d e', 'a b c d e f')).toEqual([2 / 3, 1 / 3, 0]);
    expect(pageCounts('x x x x x', 'x x x x')).toEqual([1 / 2, 0, 1 / 2]);
  });

  it('splits tokens on anything but letters, digits and underscore, and keeps case', () => {
    expect(pageCounts('It’s 9:30 in São_Paulo', 'It s 9 30 in São_Paulo')[0]).toBe(1);
    expect(pageCounts('one two three four', 'One two three four')).toEqual([0, 1 / 2, 1 / 2]);
  });

  it('treats a text of fewer than four tokens as one short shingle', () => {
    expect(pageCounts('too short', 'too short')).toEqual([1, 0, 0]);
  });

  it('leaves empty predictions out of precision and empty truths out of recall, as evaluate.py does', () => {
    const perfect = pageCounts('a b c d', 'a b c d');
    const empty = pageCounts('a b c d', '');
    expect(empty).toEqual([0, 0, 1]);
    const s = scores([perfect, empty]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(scores([pageCounts('', '')]).precision).toBe(0);
  });
});
