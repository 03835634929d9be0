import { describe, expect, it } from 'vitest';
import { taggedContent } from '../../functions/domain/attribution/tagged-content';
import type { Role } from '../../functions/domain/attribution/tags';
import { taggerAndLinker } from './runs-fixture';

const read = taggerAndLinker(taggedContent);

const REPORT = '"Costs rose by a third," the report determines, noting the delays.';
const tagged: [Role, string][] = [
  ['content', 'Costs rose by a third'],
  ['source', 'the report'],
  ['cue', 'determines'],
];

describe("the tagger's content just before the cue, which the linker left out", () => {
  it('is the content of a cue the linker gave its source only, when words follow the cue', () => {
    expect(read(REPORT, tagged, [['source', 'the report']])).toEqual([
      ['content', 'Costs rose by a third'],
      ['source', 'the report'],
    ]);
    const bare = 'Prices will rise, announced the firm on Monday.';
    expect(
      read(
        bare,
        [
          ['content', 'Prices will rise'],
          ['cue', 'announced'],
        ],
        [],
      ),
    ).toEqual([['content', 'Prices will rise']]);
  });

  it('is not taken when the linker found content, nothing follows the cue, or more than marks stand between', () => {
    expect(read(REPORT, tagged, [['content', 'the delays']])).toEqual([['content', 'the delays']]);
    const ends = '"Costs rose by a third," the report determines.';
    expect(read(ends, tagged, [['source', 'the report']])).toEqual([['source', 'the report']]);
    const far = 'Costs rose by a third in May and June, the report determines, noting delays.';
    expect(
      read(
        far,
        [
          ['content', 'Costs rose by a third'],
          ['source', 'the report'],
          ['cue', 'determines'],
        ],
        [['source', 'the report']],
      ),
    ).toEqual([['source', 'the report']]);
  });
});
