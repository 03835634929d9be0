import { describe, expect, it } from 'vitest';
import { withinCueSentence } from '../../../functions/domain/claims/cue-sentence';

/** Each sentence of `parts` as a range of their join by a space. */
function setup(parts: string[], cue: string, from: string) {
  const text = parts.join(' ');
  const sentences = parts.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }));
  const at = text.indexOf(cue);
  const start = text.indexOf(from);
  const content = { start, end: text.length - 1, text: text.slice(start, text.length - 1) };
  return withinCueSentence(text, sentences, content, { start: at, end: at + cue.length, text: cue }).text;
}

describe("an indirect content run past its cue's sentence", () => {
  it('ends with that sentence', () => {
    expect(
      setup(
        ['He replied that the staff knew the reasons well.', 'Well, not really, as it happens.'],
        'replied',
        'that',
      ),
    ).toBe('that the staff knew the reasons well');
    expect(
      setup(
        ['The firm has offered to supply fuel to Chile!', 'Peru sells most of its output abroad.'],
        'offered',
        'to',
      ),
    ).toBe('to supply fuel to Chile');
  });

  it('stays whole with a quote mark, at an ellipsis, or when the speaker goes on', () => {
    expect(setup(['He said the plan would "help...', 'our town" in time.'], 'said', 'the')).toBe(
      'the plan would "help... our town" in time',
    );
    expect(setup(['He said the plan would help...', 'our town in time.'], 'said', 'the')).toBe(
      'the plan would help... our town in time',
    );
    expect(
      setup(
        ['Before now, he said, the firm was a premium brand.', 'But, he said, the mini changed that.'],
        'said',
        'the',
      ),
    ).toBe('the firm was a premium brand. But, he said, the mini changed that');
  });

  it('is left alone within one sentence or before its cue', () => {
    expect(setup(['He replied that the staff knew the reasons well.'], 'replied', 'that')).toBe(
      'that the staff knew the reasons well',
    );
    expect(setup(['The staff knew.', 'That is clear, he replied.'], 'replied', 'The')).toBe(
      'The staff knew. That is clear, he replied',
    );
  });
});
