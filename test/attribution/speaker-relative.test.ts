import { describe, expect, it } from 'vitest';
import { withoutSpeakerRelative } from '../../functions/domain/attribution/speaker-relative';
import { defaultExtractor } from '../../functions/domain/extract/default';
import type { Attribution } from '../../functions/domain/extract/types';
import { parsePlainText } from '../../functions/domain/parse/plaintext';
import { asText, sentencesAtStops } from './text-fixture';

/** The content `withoutSpeakerRelative` leaves a claim of `source` and `cue` whose content is `fragments`. */
function content(text: string, source: string, cue: string, fragments: string[]) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const claim: Attribution = { source: [at(source)], cue: [at(cue)], content: fragments.map(at) };
  return asText(text, withoutSpeakerRelative(text, sentencesAtStops(text), claim))[2];
}

describe('a relative clause after an inverted tag’s speaker', () => {
  it('is no fragment of the content before the tag', () => {
    const text = 'Prices have risen for years, said Tom Hale, who runs a small shop in the town.';
    expect(
      content(text, 'Tom Hale', 'said', ['Prices have risen for years', 'who runs a small shop in the town']),
    ).toBe('Prices have risen for years');
    const aged = 'Prices have risen for years, says Hale, 30, whose shop is in the town.';
    expect(content(aged, 'Hale', 'says', ['Prices have risen for years', 'whose shop is in the town'])).toBe(
      'Prices have risen for years',
    );
  });

  it('gives back a quote the fragment runs on into', () => {
    const text = '"I was surprised," said Ann Lee, who wore a red cap. "But I am pleased now.';
    expect(
      content(text, 'Ann Lee', 'said', ['I was surprised', 'who wore a red cap. "But I am pleased now']),
    ).toBe('I was surprised … But I am pleased now');
  });

  it('is kept after a speaker before the cue, or as the only content', () => {
    const before = 'Prices have risen, Tom Hale said, which worries the town.';
    expect(content(before, 'Tom Hale', 'said', ['Prices have risen', 'which worries the town'])).toBe(
      'Prices have risen … which worries the town',
    );
    const alone = 'Said Tom Hale, who runs a shop in the town.';
    expect(content(alone, 'Tom Hale', 'Said', ['who runs a shop in the town'])).toBe(
      'who runs a shop in the town',
    );
  });

  it('leaves the trained extractor’s claim the words before the tag', () => {
    const text =
      'Tariffs explained.\n\nTariffs have also strengthened the leverage of the United States after massive job losses in recent decades, said Scott Paul, who heads the Alliance for American Steel, a group that has applauded some of the tariff decisions.';
    const article = parsePlainText(text);
    const out = defaultExtractor().extract({
      id: 'a1',
      sourceKey: 'incoming/t.txt',
      part: 0,
      source: 'test',
      article,
    });
    const claim = out.claims.find((c) => c.speaker?.text === 'Scott Paul');
    expect(claim?.content.text).toBe(
      'Tariffs have also strengthened the leverage of the United States after massive job losses in recent decades',
    );
  });
});
