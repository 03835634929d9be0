import { describe, expect, it } from 'vitest';
import { percentSource } from '../../functions/domain/attribution/percent-source';
import { buildClaims } from '../../functions/domain/claims/build';
import { annotate } from '../../functions/domain/extract/annotate';
import type { CheckworthinessScorer } from '../../functions/domain/extract/types';
import { asText, cueClaim, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The source `percentSource` gives the claim of `cue` and `content` in `text`. */
function source(text: string, cue: string, content: string) {
  return asText(text, percentSource(text, sentencesAtStops(text), cueClaim(text, cue, content)))[0];
}

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.9 };

describe('a share of those polled before its cue', () => {
  it('is the source of a report with none', () => {
    expect(source('Meantime, 32% said the plan was sound.', 'said', 'the plan was sound')).toBe('32%');
    expect(source('Forty-three per cent thought it had worked.', 'thought', 'it had worked')).toBe(
      'Forty-three per cent',
    );
    expect(source('Of those asked, 62% were unaware of it.', 'were unaware', 'of it')).toBe('62%');
    expect(source('Half agreed, while 9% said they did not.', 'said', 'they did not')).toBe('9%');
  });

  it('leaves a share that is no subject, and a report with a source', () => {
    const text = 'Minutes of the meeting which pushed rates up to 2.25% showed that prices worried them.';
    expect(source(text, 'showed', 'that prices worried them')).toBeNull();
    expect(source('Sales grew 5% said the firm.', 'said', 'the firm')).toBeNull();
    const sourced = 'Meantime, 32% of voters said the plan was sound.';
    expect(
      asText(
        sourced,
        percentSource(
          sourced,
          sentencesAtStops(sourced),
          sourcedClaim(sourced, '32% of voters', 'said', 'the plan'),
        ),
      )[0],
    ).toBe('32% of voters');
  });

  it("stays the claim's source: a share is no time", () => {
    const text = 'Meantime, 32% said the plan was sound.';
    const a = sourcedClaim(text, '32%', 'said', 'the plan was sound');
    const claim = buildClaims(annotate(text), [a], [], scorer).claims.find((c) => c.kind !== 'unattributed');
    expect(claim?.speaker?.text).toBe('32%');
  });
});
