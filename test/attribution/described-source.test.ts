import { describe, expect, it } from 'vitest';
import { describedSource } from '../../functions/domain/attribution/described-source';
import { ruleOn } from './runs-fixture';

const rule = ruleOn((seq, _text, runs, cue) => describedSource(seq, runs, cue));

describe("a source's role cut from whose role it is", () => {
  it('takes the phrase after the role noun, read as content, back into the source', () => {
    const text = 'There may not be enough iPods, predicts Oliver Irish, editor of gadget magazine Stuff.';
    const { out } = rule(text, [
      ['cue', 'predicts'],
      ['source', 'Oliver Irish, editor'],
      ['content', 'of gadget magazine Stuff'],
    ]);
    expect(out).toEqual([
      ['cue', 'predicts'],
      ['source', 'Oliver Irish, editor of gadget magazine Stuff'],
    ]);
  });

  it('takes in such a phrase no run holds, which the clause fallback would make the content', () => {
    const text = 'There may not be enough iPods, predicts Oliver Irish, editor of gadget magazine Stuff.';
    const { out } = rule(text, [
      ['cue', 'predicts'],
      ['source', 'Oliver Irish, editor'],
    ]);
    expect(out).toEqual([
      ['cue', 'predicts'],
      ['source', 'Oliver Irish, editor of gadget magazine Stuff'],
    ]);
  });

  it('leaves a content that goes on, or follows a name, or a source before the cue', () => {
    const going = 'He said Ann Lee, editor at times gets it wrong, was right.';
    const a = rule(going, [
      ['cue', 'said'],
      ['source', 'Ann Lee, editor'],
      ['content', 'at times gets it wrong'],
    ]);
    expect(a.out).toEqual(a.unchanged);
    const named = 'Sales rose, said Ann Lee of Stuff.';
    const b = rule(named, [
      ['cue', 'said'],
      ['source', 'Ann Lee'],
      ['content', 'of Stuff'],
    ]);
    expect(b.out).toEqual(b.unchanged);
  });
});
