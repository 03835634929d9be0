import { describe, expect, it, vi } from 'vitest';
import { isKnownPlace } from '../../../functions/domain/entities/known-names';
import { tokenize } from '../../../functions/domain/text/tokenize';

vi.mock('../../../functions/domain/text/tokenize', async (actual) => {
  const module = await actual<typeof import('../../../functions/domain/text/tokenize')>();
  return { ...module, tokenize: vi.fn(module.tokenize) };
});

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

describe('a name asked about again', () => {
  it('is tokenized once: the entity rules ask about the same names again and again', () => {
    vi.mocked(tokenize).mockClear();
    for (let i = 0; i < 3; i++) expect(isKnownPlace('Lower Saxony Valley')).toBe(false);
    expect(vi.mocked(tokenize).mock.calls.filter(([s]) => s === 'Lower Saxony Valley')).toHaveLength(1);
  });
});
