import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { hearerSource } from '../../../functions/domain/claims/hearer-source';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.9 };

/** The speaker found for the source `words` in `text`. */
function speakerFor(text: string, words: string): string | undefined {
  const start = text.indexOf(words);
  return hearerSource(text, annotate(text).sentences, { start, end: start + words.length, text: words })
    ?.text;
}

describe('hearerSource', () => {
  it('gives the subject before "told" or "tells", not its hearer', () => {
    expect(
      speakerFor(
        'Ann Lee, the firm’s lawyer, told The Hill in a statement that no harm was meant.',
        'The Hill',
      ),
    ).toBe('Ann Lee, the firm’s lawyer');
    expect(
      speakerFor(
        '"It was built for the cloud," Tom Fay, head of games at Acme, tells The Daily Bugle.',
        'The Daily Bugle',
      ),
    ).toBe('Tom Fay, head of games at Acme');
  });

  it('leaves a source not after "told", and a clause with its own report before it', () => {
    expect(speakerFor('Ann Lee told The Hill that no harm was meant.', 'Ann Lee')).toBeUndefined();
    expect(speakerFor('Ann Lee said: Tom Fay told The Hill so.', 'The Hill')).toBeUndefined();
    expect(speakerFor('she said Tom Fay told The Hill so.', 'The Hill')).toBeUndefined();
  });
});

describe('buildClaims with a hearer as source', () => {
  it('takes the subject before the verb as speaker', () => {
    const text = 'Ann Lee, the firm’s lawyer, told The Hill in a statement that no harm was meant.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('The Hill')],
      cue: [at('in a statement')],
      content: [at('that no harm was meant')],
    };
    const [claim] = buildClaims(annotate(text), [a], [], scorer).claims.filter(
      (c) => c.kind !== 'unattributed',
    );
    expect(claim?.speaker?.text).toBe('Ann Lee, the firm’s lawyer');
  });
});
