import { describe, expect, it } from 'vitest';
import { LINK_REACH } from '../../functions/domain/attribution/linker';
import { pastTheReach } from '../../functions/domain/attribution/reach-cut';
import type { Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';

/** Tokens of `text`, a sentence ending at each full stop. */
function sequence(text: string) {
  const tokens = tokenize(text);
  const sentence = new Int32Array(tokens.length);
  let s = 0;
  tokens.forEach((t, i) => {
    sentence[i] = s;
    if (t.text === '.') s++;
  });
  return { tokens, sentence };
}

// "He said:" and a quote whose second sentence runs past the linker's window
const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
const text = `He said: "${words(60, 'we')}. ${words(80, 'win')} and lose." Later Smith said so.`;
const seq = sequence(text);
const cue: Run = { role: 'cue', first: 1, last: 1 };
const edge = cue.last + LINK_REACH;
const word = (k: number) => seq.tokens[k]?.text;

describe('a content run the linker window cut', () => {
  it('goes on to the end of its sentence', () => {
    const [run] = pastTheReach(seq, [{ role: 'content', first: 4, last: edge }], cue, [cue]);
    const last = run?.last ?? 0;
    expect([word(edge), word(last - 1), word(last)]).toEqual(['win', 'lose', '.']);
  });

  it('stays where the model ended it short of the edge, or where another cue lies in the rest', () => {
    const short: Run = { role: 'content', first: 4, last: edge - 1 };
    expect(pastTheReach(seq, [short], cue, [cue])).toEqual([short]);
    const cut: Run = { role: 'content', first: 4, last: edge };
    const other: Run = { role: 'cue', first: edge + 3, last: edge + 3 };
    expect(pastTheReach(seq, [cut], cue, [cue, other])).toEqual([cut]);
  });

  it('leaves sources alone', () => {
    const source: Run = { role: 'source', first: 0, last: 0 };
    expect(pastTheReach(seq, [source], cue, [cue])).toEqual([source]);
  });
});
