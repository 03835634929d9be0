import { describe, expect, it } from 'vitest';
import { createAttributionExtractor } from '../../functions/domain/attribution/index';
import type { Fragments } from '../../functions/domain/extract/types';
import { findParagraphs, splitSentences } from '../../functions/domain/text/sentences';

const extractor = createAttributionExtractor();

const show = (text: string, span: Fragments | null) =>
  span ? span.map((f) => text.slice(f.start, f.end)).join(' | ') : null;

function sourcesAndCues(text: string) {
  const paragraphs = findParagraphs(text);
  return extractor
    .extract({ text, paragraphs, sentences: splitSentences(text, paragraphs) }, [])
    .map((a) => [show(text, a.source), show(text, a.cue)]);
}

describe('a plural noun the cue opened on', () => {
  it('goes back to the source it ends', () => {
    const text =
      'Talks continued on Monday. Press reports suggest that the two firms may merge within weeks. Early business plans forecast a rise in sales of 20% by 2008.';
    expect(sourcesAndCues(text)).toEqual([
      ['Press reports', 'suggest'],
      ['Early business plans', 'forecast'],
    ]);
  });

  it('stays in the cue before a preposition', () => {
    const text =
      'Talks continued on Monday. Press reports suggest that the two firms may merge. UK plans for a new tax were dropped.';
    expect(sourcesAndCues(text).map(([source]) => source)).not.toContain('UK plans');
  });
});
