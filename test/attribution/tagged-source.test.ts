import { describe, expect, it } from 'vitest';
import { taggedSource } from '../../functions/domain/attribution/tagged-source';
import type { Role, Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';

/** One sentence: the tagger's runs and the linker's, named by their text. */
function read(text: string, tagger: [Role, string][], linker: [Role, string][]) {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const run = ([role, words]: [Role, string]): Run => {
    const start = text.indexOf(words);
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === start + words.length);
    return { role, first, last };
  };
  const tagged = tagger.map(run);
  const cue = tagged.find((r) => r.role === 'cue') as Run;
  const name = (r: Run) => [r.role, text.slice(tokens[r.first]?.start, tokens[r.last]?.end)];
  return taggedSource(seq, tagged, linker.map(run), cue).map(name);
}

describe("the tagger's source right after the cue, which the linker left out", () => {
  it('is the source when it ends at a full stop', () => {
    const text = '"We waited for this," said Campbell. "We are up for it."';
    expect(
      read(
        text,
        [
          ['content', 'We waited for this'],
          ['cue', 'said'],
          ['source', 'Campbell'],
          ['content', 'We are up for it'],
        ],
        [
          ['content', 'We waited for this'],
          ['content', 'We are up for it'],
        ],
      ),
    ).toEqual([
      ['content', 'We waited for this'],
      ['source', 'Campbell'],
      ['content', 'We are up for it'],
    ]);
  });

  it('is not taken before the cue, nor when it runs on, nor over a source the linker found', () => {
    const before = 'There are fears that it could fail.';
    const fears: [Role, string][] = [
      ['source', 'There'],
      ['cue', 'are fears'],
      ['content', 'that it could fail'],
    ];
    expect(read(before, fears, [['content', 'that it could fail']])).toEqual([
      ['content', 'that it could fail'],
    ]);
    const runsOn = '"Fine," said Campbell smiling broadly.';
    const smiling: [Role, string][] = [
      ['content', 'Fine'],
      ['cue', 'said'],
      ['source', 'Campbell'],
    ];
    expect(read(runsOn, smiling, [['content', 'Fine']])).toEqual([['content', 'Fine']]);
    const found = '"Fine," said Campbell.';
    expect(
      read(
        found,
        [
          ['content', 'Fine'],
          ['cue', 'said'],
          ['source', 'Campbell'],
        ],
        [['source', 'Fine']],
      ),
    ).toEqual([['source', 'Fine']]);
  });
});
