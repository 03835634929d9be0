import { describe, expect, it } from 'vitest';
import { assessSentence, createCheckworthinessScorer } from '../../functions/domain/checkworthiness/index';

const scorer = createCheckworthinessScorer();

describe('createCheckworthinessScorer (committed model)', () => {
  it('has a threshold inside (0, 1) and scores inside [0, 1]', () => {
    expect(scorer.threshold).toBeGreaterThan(0);
    expect(scorer.threshold).toBeLessThan(1);
    for (const s of ['', 'Yes.', 'Unemployment fell to 4 percent in 2019.', '?!']) {
      const score = scorer.score(s);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('ranks statistics above opinions, questions and courtesies', () => {
    const statistics = [
      'The state lost 40,000 manufacturing jobs between 2008 and 2012.',
      'Our national debt has doubled to $12 trillion in eight years.',
      'Crime in the capital fell 17 percent last year.',
    ];
    const others = [
      'I think we can do better than this.',
      'What would you do about it, Senator?',
      'Thank you, and good evening to everyone here.',
      'We need leadership that believes in the future.',
    ];
    const lowestStatistic = Math.min(...statistics.map((s) => scorer.score(s)));
    const highestOther = Math.max(...others.map((s) => scorer.score(s)));
    expect(lowestStatistic).toBeGreaterThan(highestOther);
    for (const s of statistics) expect(scorer.score(s)).toBeGreaterThanOrEqual(scorer.threshold);
    for (const s of others) expect(scorer.score(s)).toBeLessThan(scorer.threshold);
  });

  it('is deterministic and shares one loaded model', () => {
    const s = 'Imports from the region rose by a third in 2015.';
    expect(scorer.score(s)).toBe(scorer.score(s));
    expect(createCheckworthinessScorer()).toBe(scorer);
  });
});

describe('assessSentence', () => {
  it('combines the score, reasons and hedges', () => {
    const a = assessSentence('The rebels reportedly hold 30 percent of the province.', scorer);
    expect(a.hedges).toEqual(['reportedly']);
    expect(a.reasons).toContain('percent');
    expect(a.assertion).toBe(true);
    expect(a.score).toBe(scorer.score('The rebels reportedly hold 30 percent of the province.'));
  });

  it('does not turn an opinion into an assertion', () => {
    const a = assessSentence('I believe in the people of this great land.', scorer);
    expect(a.reasons).toEqual([]);
    expect(a.checkworthy).toBe(false);
    expect(a.assertion).toBe(false);
  });
});
