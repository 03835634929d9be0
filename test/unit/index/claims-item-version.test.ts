import { describe, expect, it } from 'vitest';
import { claimsItem, fromClaimsItem } from '../../../functions/commons/dynamo/items';

describe("an article's claims item", () => {
  it('keeps its extractor version for the claims lists', () => {
    const stored = claimsItem({
      articleId: 'a1',
      date: '2026-12-07',
      title: null,
      extractorVersion: '49+abc',
      claims: [],
    });
    expect(fromClaimsItem(stored).extractorVersion).toBe('49+abc');
  });

  it('written before it kept one, reads back with none rather than null', () => {
    const stored = claimsItem({ articleId: 'a1', date: '2026-12-07', title: null, claims: [] });
    expect(fromClaimsItem(stored)).not.toHaveProperty('extractorVersion');
  });
});
