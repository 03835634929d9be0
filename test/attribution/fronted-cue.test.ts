import { describe, expect, it } from 'vitest';
import { frontedCue } from '../../functions/domain/attribution/fronted-cue';
import type { Role } from '../../functions/domain/attribution/tags';
import { ruleOn } from './runs-fixture';

const read = ruleOn((seq, _text, runs, cue) => frontedCue(seq, runs, cue));

describe('a sentence that opens on its reporting verb', () => {
  it('names the speaker before the colon, and quotes after it', () => {
    const { out } = read('Said Wales assistant coach Scott Johnson: "We are positive."', [
      ['cue', 'Said'],
      ['content', 'Wales assistant coach Scott Johnson: "We are positive'],
    ]);
    expect(out).toEqual([
      ['cue', 'Said'],
      ['source', 'Wales assistant coach Scott Johnson'],
      ['content', '"We are positive'],
    ]);
  });

  it('needs the capitalised verb first, a colon and no source found', () => {
    const cases: [string, [Role, string][]][] = [
      [
        'Mr Fogg said: "It is a computer."',
        [
          ['source', 'Mr Fogg'],
          ['cue', 'said'],
          ['content', '"It is a computer'],
        ],
      ],
      [
        'Said to be ill, the coach stayed home.',
        [
          ['cue', 'Said'],
          ['content', 'to be ill, the coach stayed home'],
        ],
      ],
    ];
    for (const [text, parts] of cases) {
      const { out, unchanged } = read(text, parts);
      expect(out, text).toEqual(unchanged);
    }
  });
});
