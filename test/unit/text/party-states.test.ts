import { describe, expect, it } from 'vitest';
import { annotate } from '../../../functions/domain/extract/annotate';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';

/** The extractor's sentences of `text`. */
function sentences(text: string): string[] {
  return annotate(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('a party-and-state code after a name', () => {
  it("does not end the extractor's sentence at the state's first initial", () => {
    expect(sentences('Sen. Pat Lane (D-N.Y.) said the bill would fail. It did.')).toEqual([
      'Sen. Pat Lane (D-N.Y.) said the bill would fail.',
      'It did.',
    ]);
    expect(sentences('Rep. Tom Reed, R-S.C., said so.')).toEqual(['Rep. Tom Reed, R-S.C., said so.']);
    expect(sentences('Sen. Joe Ames (D-W. Va.) said so.')).toEqual(['Sen. Joe Ames (D-W. Va.) said so.']);
  });

  it('keeps the tokens of both pieces, in order', () => {
    const doc = annotate('Sen. Pat Lane (D-N.Y.) said so.');
    expect(doc.sentences[0]?.tokens.map((t) => t.text).join(' ')).toBe(
      'Sen. Pat Lane ( D-N . Y . ) said so .',
    );
  });

  it('still ends one on a hyphenated word before a new sentence', () => {
    expect(sentences('He backed Plan D-N. The plan failed.')).toEqual([
      'He backed Plan D-N.',
      'The plan failed.',
    ]);
  });

  it("leaves the trainers' splitter as it was", () => {
    const text = 'Sen. Pat Lane (D-N.Y.) said so.';
    expect(splitSentences(text, findParagraphs(text))).toHaveLength(2);
  });
});
