import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../functions/domain/text/tokenize';

const words = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits clitics and punctuation the way CoNLL does', () => {
    expect(words("Iraq's army didn't move.")).toEqual(['Iraq', "'s", 'army', 'did', "n't", 'move', '.']);
  });

  it('keeps initialisms, titles, numbers and particle names whole', () => {
    expect(words('Gen. Ryder of the U.S. said 2,500 troops (9/11) met al-Muhandis.')).toEqual([
      'Gen.',
      'Ryder',
      'of',
      'the',
      'U.S.',
      'said',
      '2,500',
      'troops',
      '(',
      '9/11',
      ')',
      'met',
      'al-Muhandis',
      '.',
    ]);
  });

  it('separates curly quotes and keeps offsets into the text', () => {
    const text = '“No plans,” he said.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['“', 'No', 'plans', ',', '”', 'he', 'said', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tokenizes a slice with absolute offsets', () => {
    const text = 'skip this. Baghdad talks';
    const tokens = tokenize(text, 11);
    expect(tokens[0]).toEqual({ text: 'Baghdad', start: 11, end: 18 });
  });
});
