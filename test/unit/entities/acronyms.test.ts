import { describe, expect, it } from 'vitest';
import { abbreviates, findAcronymPairs, isAcronym } from '../../../functions/domain/entities/acronyms';
import { annotate } from '../../../functions/domain/extract/annotate';

describe('acronyms', () => {
  it('pairs a long form with the acronym in brackets after it, and the other way round', () => {
    const text = 'The Popular Mobilization Units (PMU) met. Later the WHO (World Health Organization) spoke.';
    const pairs = findAcronymPairs(annotate(text).sentences).map((p) => [
      text.slice(p.long.start, p.long.end),
      text.slice(p.short.start, p.short.end),
    ]);
    expect(pairs).toEqual([
      ['Popular Mobilization Units', 'PMU'],
      ['World Health Organization', 'WHO'],
    ]);
  });

  it('reads words with two capitals or more as acronyms', () => {
    expect(['PMU', 'DrKW', 'BAA'].map(isAcronym)).toEqual([true, true, true]);
    expect(['Paris', 'A', 'the'].map(isAcronym)).toEqual([false, false, false]);
  });

  it("matches an acronym's capitals with a name's significant words, hyphenated parts apart", () => {
    expect(abbreviates('DrKW', 'Dresdner Kleinwort Wasserstein')).toBe(true);
    expect(abbreviates('DoD', 'Department of Defense')).toBe(true);
    expect(abbreviates('DIC', 'Defeat-ISIS Coalition')).toBe(true);
    expect(abbreviates('DrKW', 'Deutsche Bank')).toBe(false);
  });
});
