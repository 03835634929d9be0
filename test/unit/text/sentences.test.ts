import { describe, expect, it } from 'vitest';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';

function sentences(text: string): string[] {
  return splitSentences(text, findParagraphs(text)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('survives abbreviations: titles, months, initialisms and initials', () => {
    const text = 'Gen. Patrick Ryder spoke on Jan. 5 in the U.S. capital. Mr. J. R. Smith left. The end.';
    expect(sentences(text)).toEqual([
      'Gen. Patrick Ryder spoke on Jan. 5 in the U.S. capital.',
      'Mr. J. R. Smith left.',
      'The end.',
    ]);
  });

  it('ends a sentence after an initialism when a new sentence clearly starts', () => {
    expect(sentences('Troops stay in the U.S. The talks go on.')).toEqual([
      'Troops stay in the U.S.',
      'The talks go on.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case cue', () => {
    expect(sentences('“We are done.” Then he left. “It is over,” said Ryder.')).toEqual([
      '“We are done.”',
      'Then he left.',
      '“It is over,” said Ryder.',
    ]);
  });

  it('never crosses a paragraph', () => {
    expect(sentences('First line without stop\nSecond line.')).toEqual([
      'First line without stop',
      'Second line.',
    ]);
  });
});

describe('findParagraphs', () => {
  it('treats each line as a paragraph in one-paragraph-per-line text', () => {
    const text = 'One paragraph here.\nAnother one here.\n\nA third.';
    expect(findParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'One paragraph here.',
      'Another one here.',
      'A third.',
    ]);
  });

  it('joins hard-wrapped lines into blank-line separated paragraphs', () => {
    const line = 'This is a line of prose that has been wrapped at about sixty chars';
    const text = `${line}\n${line}\n${line}\n\n${line}\n${line}.`;
    const paragraphs = findParagraphs(text);
    expect(paragraphs).toHaveLength(2);
    expect(text.slice(paragraphs[0]?.start, paragraphs[0]?.end)).toContain('\n');
  });
});
