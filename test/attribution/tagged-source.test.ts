import { describe, expect, it } from 'vitest';
import { taggedSource } from '../../functions/domain/attribution/tagged-source';
import type { Role } from '../../functions/domain/attribution/tags';
import { taggerAndLinker } from './runs-fixture';

const read = taggerAndLinker(taggedSource);

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
