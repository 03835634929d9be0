import { describe, expect, it } from 'vitest';
import { createAttributionExtractor } from '../../functions/domain/attribution/index';
import { doneToSubject } from '../../functions/domain/attribution/passive-event';
import { findParagraphs, splitSentences } from '../../functions/domain/text/sentences';
import { tokenize } from '../../functions/domain/text/tokenize';

/** Whether the phrase `cue` in `text`, read as a cue, is only something done to its subject. */
function doneTo(text: string, cue: string): boolean {
  const tokens = tokenize(text);
  const from = text.indexOf(cue);
  const first = tokens.findIndex((t) => t.start === from);
  const last = tokens.findIndex((t) => t.end === from + cue.length);
  return doneToSubject({ tokens, sentence: new Int32Array(tokens.length) }, { role: 'cue', first, last });
}

describe('a cue that is only something done to its subject', () => {
  it.each([
    ['Andrew Wilson has been ruled out for a month.', 'has been ruled out'],
    ['He was sentenced to four months in jail.', 'was sentenced'],
    ['So-called ASCII codes are used to represent letters.', 'are used'],
    ['The fixtures were hammered out at a meeting.', 'were hammered out at'],
    ['Dawson has been recalled to the squad.', 'has been recalled'],
    ['They were also convicted of fraud.', 'were also convicted'],
  ])('is no attribution: %s', (text, cue) => {
    expect(doneTo(text, cue)).toBe(true);
  });

  it.each([
    ['Mr Botin is accused of misusing funds.', 'is accused of'],
    ['The report was released on Monday.', 'was released'],
    ['He was jailed after saying the vote was rigged.', 'was jailed after saying'],
    ['Mr Gant is keen to stay.', 'is keen'],
    ['Police arrested him.', 'arrested'],
  ])('may be one: %s', (text, cue) => {
    expect(doneTo(text, cue)).toBe(false);
  });
});

describe('the committed extractor on things done to the subject', () => {
  it('makes no claim of a player being recalled, and keeps a cue of speech beside it', () => {
    const text =
      'Scrum-half Ben Carter has been recalled to the squad for the Six Nations. Coach Sean Lineen said the loss was a blow.';
    const paragraphs = findParagraphs(text);
    const found = createAttributionExtractor().extract(
      { text, paragraphs, sentences: splitSentences(text, paragraphs) },
      [],
    );
    const cues = found.map((a) => a.cue.map((f) => text.slice(f.start, f.end)).join(' '));
    expect(cues).toContain('said');
    expect(cues.some((c) => /recalled/.test(c))).toBe(false);
  });
});
