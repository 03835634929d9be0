// Property test: for any text, sentences come in order, never overlap or cross a paragraph, and cover
// every token of every paragraph: the splitter loses no word, whatever marks the text is made of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';
import { tokenize } from '../../../functions/domain/text/tokenize';

const piece = fc.constantFrom(
  'Mr.',
  'Smith',
  'said',
  '.',
  '?',
  '!',
  '"',
  '”',
  "'",
  ')',
  '(',
  'U.S.',
  'a',
  'The',
  '\n',
  '\n\n',
  '…',
  ',',
);
const text = fc
  .array(fc.oneof({ weight: 9, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), {
    maxLength: 80,
  })
  .map((p) => p.join(' '));

describe('sentences of any text', () => {
  it('are in order, inside one paragraph each, and hold every token', () => {
    fc.assert(
      fc.property(text, (t) => {
        const paragraphs = findParagraphs(t);
        const sentences = splitSentences(t, paragraphs);
        const tokens = paragraphs.flatMap((p) => tokenize(t, p.start, p.end));
        expect(sentences.flatMap((s) => s.tokens)).toEqual(tokens);
        for (const [i, s] of sentences.entries()) {
          expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1]?.end ?? 0);
          expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
        }
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20261205), numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  it('still end a sentence where a closing quote follows the full stop', () => {
    const t = 'He said "Go." Then he left.';
    expect(splitSentences(t, findParagraphs(t)).map((s) => t.slice(s.start, s.end))).toEqual([
      'He said "Go."',
      'Then he left.',
    ]);
  });
});
