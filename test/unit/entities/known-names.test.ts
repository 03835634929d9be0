import { describe, expect, it } from 'vitest';
import { isKnownPlace } from '../../../functions/domain/entities/known-names';

describe("the NER model's place lexicon", () => {
  it('knows countries, cities and regions, in any case and of several words', () => {
    for (const name of ['France', 'Paris', 'london', 'Silicon Valley', 'Gibraltar'])
      expect(isKnownPlace(name), name).toBe(true);
  });

  it('does not take systems, firms or people for places (the lists are read by their index)', () => {
    for (const name of ['Linux', 'Windows', 'Microsoft', 'Tony Blair'])
      expect(isKnownPlace(name), name).toBe(false);
  });
});
