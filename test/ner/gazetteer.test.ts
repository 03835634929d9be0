import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../functions/domain/ner/gazetteer';

describe('gazetteer', () => {
  const gaz = new Gazetteer([[['New', 'York'], ['New', 'York', 'City'], ['York']], [['Patrick']]]);

  it('matches the longest phrase per list, case-insensitively, with B/I/L/U positions', () => {
    const out: number[][] = [];
    gaz.match(['in', 'new', 'york', 'city', ',', 'patrick'], out);
    expect(out[0]).toEqual([]);
    expect(out[1]).toEqual([0 * 4 + 0]); // B of list 0
    expect(out[2]).toEqual([0 * 4 + 1, 0 * 4 + 3]); // I of "new york city", U of "york"
    expect(out[3]).toEqual([0 * 4 + 2]); // L
    expect(out[5]).toEqual([1 * 4 + 3]); // U of list 1
  });
});
