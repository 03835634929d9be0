import { describe, expect, it } from 'vitest';
import { withoutEndComma } from '../../functions/domain/attribution/comma-end';
import { asText, extracted, sourcedClaim } from './text-fixture';

/** The content `withoutEndComma` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string) {
  return asText(text, withoutEndComma(text, sourcedClaim(text, source, cue, found)))[2];
}

describe('a content that ends on the comma before its cue', () => {
  it('ends before the comma', () => {
    const text = 'The Lib Dems are set for their best results, one of their frontbenchers has predicted.';
    expect(
      content(
        text,
        'one of their frontbenchers',
        'has predicted',
        'The Lib Dems are set for their best results,',
      ),
    ).toBe('The Lib Dems are set for their best results');
    const quoted = 'The gap will close is "wishful thinking" , the report concludes.';
    expect(content(quoted, 'the report', 'concludes', 'The gap will close is "wishful thinking" ,')).toBe(
      'The gap will close is "wishful thinking"',
    );
  });

  it('leaves a content with no comma at its end, or one that is only a comma', () => {
    const text = 'Sales rose, he said, by 5%.';
    expect(content(text, 'he', 'said', 'Sales rose')).toBe('Sales rose');
    expect(content(text, 'he', 'said', ',')).toBe(',');
  });

  it('is how the extractor reads a content before "X has said"', () => {
    const text = 'The comedian Jerry Scoggins has died in Los Angeles at the age of 93, his family has said.';
    expect(extracted(text)).toEqual([
      ['his family', 'has said', 'The comedian Jerry Scoggins has died in Los Angeles at the age of 93'],
    ]);
  });
});
