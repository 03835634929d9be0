import { describe, expect, it } from 'vitest';
import { distance, withoutRivalContent } from '../../functions/domain/attribution/rival-content';
import type { Run } from '../../functions/domain/attribution/tags';

const run = (role: Run['role'], first: number, last: number): Run => ({ role, first, last });

describe('content two cues link', () => {
  // tokens: 0 source, 1 cue A, 2-9 A's content, 10 source, 11 cue B, 12-15 B's content
  const cueA = run('cue', 1, 1);
  const cueB = run('cue', 11, 11);

  it("takes from the later cue a run that follows the earlier cue closely and overlaps that cue's content", () => {
    const a = [run('source', 0, 0), cueA, run('content', 2, 9)];
    const b = [run('content', 3, 8), run('source', 10, 10), cueB, run('content', 12, 15)];
    const [keptA, keptB] = withoutRivalContent([cueA, cueB], [a, b]);
    expect(keptA).toBe(a);
    expect(keptB).toEqual([run('source', 10, 10), cueB, run('content', 12, 15)]);
  });

  it('takes from the earlier cue a quote right before the later source', () => {
    // tokens: 0 source, 1 cue A, 2-5 A's content, 6 '"', 7-12 the quote, 13 ',', 14 '"', 15 source, 16 cue B
    const cueB2 = run('cue', 16, 16);
    const a = [run('source', 0, 0), cueA, run('content', 2, 5), run('content', 7, 12)];
    const b = [run('content', 7, 12), run('source', 15, 15), cueB2];
    const [keptA, keptB] = withoutRivalContent([cueA, cueB2], [a, b]);
    expect(keptA).toEqual([run('source', 0, 0), cueA, run('content', 2, 5)]);
    expect(keptB).toBe(b);
  });

  it('lets a cue inside quotation marks take nothing', () => {
    const a = [run('source', 0, 0), cueA, run('content', 2, 9)];
    const b = [run('content', 3, 8), run('source', 10, 10), cueB, run('content', 12, 15)];
    const inQuote = (cue: Run) => cue === cueA;
    expect(withoutRivalContent([cueA, cueB], [a, b], inQuote)[1]).toBe(b);
  });

  it('leaves a run that completes its own cue as closely, or one no other cue links, where it is', () => {
    const close = [run('content', 9, 10), cueB, run('content', 12, 15)];
    expect(withoutRivalContent([cueA, cueB], [[cueA, run('content', 2, 9)], close])[1]).toBe(close);
    const alone = [run('content', 3, 8), cueB];
    expect(withoutRivalContent([cueA, cueB], [[cueA, run('content', 12, 15)], alone])[1]).toBe(alone);
  });

  it('counts the tokens between two runs', () => {
    expect(distance(run('cue', 1, 1), run('content', 2, 9))).toBe(0);
    expect(distance(run('content', 12, 15), run('cue', 1, 1))).toBe(10);
    expect(distance(run('content', 3, 8), run('content', 5, 6))).toBe(0);
  });
});
