import { describe, expect, it } from 'vitest';
import { createNerTagger, tagTokens } from '../../functions/domain/ner/index';
import { findParagraphs, splitSentences } from '../../functions/domain/text/sentences';

function annotate(text: string) {
  const paragraphs = findParagraphs(text);
  return { text, paragraphs, sentences: splitSentences(text, paragraphs) };
}

describe('NER tagger (committed model)', () => {
  const t0 = performance.now();
  const tagger = createNerTagger();
  const loadMs = performance.now() - t0;

  it('loads quickly', () => {
    expect(loadMs).toBeLessThan(2000);
  });

  it('finds people and places with character offsets', () => {
    const text =
      '“Right now, I’m not aware of any plans,” Pentagon Press Secretary General Patrick Ryder said last month. ' +
      'US troops remain in Baghdad.';
    const mentions = tagger.tag(annotate(text));
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions).toContainEqual(expect.objectContaining({ text: 'Patrick Ryder', type: 'PER' }));
    expect(mentions).toContainEqual(expect.objectContaining({ text: 'Baghdad', type: 'LOC' }));
  });

  it('tags groups as MISC and organisations as ORG', () => {
    const text = 'The Kurdish militia fought alongside the United Nations in northern Syria.';
    const mentions = tagger.tag(annotate(text));
    expect(mentions).toContainEqual(expect.objectContaining({ text: 'Kurdish', type: 'MISC' }));
    expect(mentions).toContainEqual(expect.objectContaining({ text: 'United Nations', type: 'ORG' }));
    expect(mentions).toContainEqual(expect.objectContaining({ text: 'Syria', type: 'LOC' }));
  });

  it('tags pre-tokenized documents as IOB2', () => {
    const tags = tagTokens([['EU', 'rejects', 'German', 'call', 'to', 'boycott', 'British', 'lamb', '.']]);
    expect(tags).toEqual([['B-ORG', 'O', 'B-MISC', 'O', 'O', 'O', 'B-MISC', 'O', 'O']]);
  });

  it('copes with empty input', () => {
    expect(tagger.tag(annotate(''))).toEqual([]);
    expect(tagTokens([])).toEqual([]);
  });
});
