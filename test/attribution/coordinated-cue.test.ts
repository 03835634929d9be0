import { describe, expect, it } from 'vitest';
import { coordinatedCueSource } from '../../functions/domain/attribution/coordinated-cue';
import type { Role, Run } from '../../functions/domain/attribution/tags';
import { runsIn } from './runs-fixture';

/** The source the last cue shares, as text: `linked` are the first cue's own runs. */
function shared(text: string, cues: string[], linked: [Role, string][]) {
  const { seq, runs, read } = runsIn(text, [...cues.map((c): [Role, string] => ['cue', c]), ...linked]);
  const cueRuns = runs.slice(0, cues.length);
  const own = runs.slice(cues.length);
  const i = cueRuns.length - 1;
  const lists: Run[][] = cueRuns.map((_, k) => (k === 0 ? own : []));
  const found = coordinatedCueSource(seq, cueRuns, lists, i);
  return found && read([found])[0]?.[1];
}

describe('a cue after "and" or "but" with no source of its own', () => {
  it('shares the source of the cue before it in the sentence', () => {
    expect(
      shared(
        'Mr Cheney admitted the budget was tough but argued it was fair.',
        ['admitted', 'argued'],
        [['source', 'Mr Cheney']],
      ),
    ).toBe('Mr Cheney');
    expect(
      shared(
        'The firms denied a link, but said they are examining ways to work.',
        ['denied', 'said'],
        [['source', 'The firms']],
      ),
    ).toBe('The firms');
  });

  it('shares the source of a cue of stance after "is" ("is keen", "is considering")', () => {
    expect(
      shared(
        'Anna Berg is keen to move on and said she was happy.',
        ['is keen', 'said'],
        [['source', 'Anna Berg']],
      ),
    ).toBe('Anna Berg');
    expect(
      shared(
        'The firm is considering a new plant, but said nothing was decided.',
        ['is considering', 'said'],
        [['source', 'The firm']],
      ),
    ).toBe('The firm');
    expect(
      shared(
        'The plan is being considered and said to be costly.',
        ['is being considered', 'said'],
        [['source', 'The plan']],
      ),
    ).toBeUndefined();
  });

  it('shares nothing after another word, or with a passive cue on either side', () => {
    expect(
      shared(
        'Mr Cheney admitted the budget was tough, then argued it was fair.',
        ['admitted', 'argued'],
        [['source', 'Mr Cheney']],
      ),
    ).toBeUndefined();
    expect(
      shared(
        'Mr Cheney was accused of lying and said it was fair.',
        ['was accused', 'said'],
        [['source', 'Mr Cheney']],
      ),
    ).toBeUndefined();
    expect(
      shared(
        'Mr Cheney admitted the budget was tough and was described as fair.',
        ['admitted', 'was described'],
        [['source', 'Mr Cheney']],
      ),
    ).toBeUndefined();
  });
});
