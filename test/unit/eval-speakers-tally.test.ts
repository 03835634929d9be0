import { describe, expect, it } from 'vitest';
import { count } from '../../scripts/eval/speakers';

const empty = () => ({ labelled: 0, sourceFound: 0, correct: 0, sourceFoundExact: 0, correctExact: 0 });
const span = { start: 0, end: 8 };

describe('speakers eval: tally', () => {
  it('counts an overlapping source as found, and apart from those found at the exact offsets', () => {
    const t = empty();
    count(t, { speaker: ['org.acme'] }, { match: 'overlap', ...span, entityId: 'org.acme' });
    count(t, { speaker: ['org.acme'] }, { match: 'exact', ...span, entityId: 'org.acme' });
    count(t, { speaker: [] }, { match: 'exact', ...span, entityId: 'org.acme' });
    count(t, { speaker: [] }, undefined);
    expect(t).toEqual({ labelled: 4, sourceFound: 3, correct: 2, sourceFoundExact: 2, correctExact: 1 });
  });

  it('takes no entity as right only where the source was found', () => {
    const t = empty();
    count(t, { speaker: [] }, { match: 'overlap', ...span, entityId: null });
    expect(t).toMatchObject({ correct: 1, correctExact: 0 });
  });
});
