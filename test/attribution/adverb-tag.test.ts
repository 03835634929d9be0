import { describe, expect, it } from 'vitest';
import { adverbAfterTag } from '../../functions/domain/attribution/adverb-tag';
import { cueClaim, extracted, sourcedClaim } from './text-fixture';

describe('an adverb after a tag', () => {
  const text = '"I nearly fell over," Rossi said, jokingly. He left.';
  const tag = sourcedClaim(text, 'Rossi', 'said', 'I nearly fell over');
  const adverb = cueClaim(text, 'jokingly', '"I nearly fell over," Rossi said');

  it("is no claim when only a comma stands between it and another report's cue or source", () => {
    expect(adverbAfterTag(text, adverb, [tag, adverb])).toBe(true);
    const inverted = '"I nearly fell over," said Rossi, jokingly.';
    expect(
      adverbAfterTag(inverted, cueClaim(inverted, 'jokingly', '"I nearly fell over," said Rossi'), [
        sourcedClaim(inverted, 'Rossi', 'said', 'I nearly fell over'),
      ]),
    ).toBe(true);
  });

  it('stays with no tag before it, or when the cue is no adverb', () => {
    expect(adverbAfterTag(text, adverb, [adverb])).toBe(false);
    const reported = 'The firm, reportedly, will close.';
    expect(adverbAfterTag(reported, cueClaim(reported, 'reportedly', 'will close'), [])).toBe(false);
    expect(adverbAfterTag(text, tag, [tag, adverb])).toBe(false);
  });

  it('leaves only the tag in extraction (committed model)', () => {
    const claims = extracted('The match ran late. "I almost died there," Bublik said, jokingly. He won.');
    expect(claims.map((c) => c[1])).not.toContain('jokingly');
  });
});
