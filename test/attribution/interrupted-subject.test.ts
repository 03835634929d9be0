import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../functions/domain/attribution/features';
import { interruptedSubject } from '../../functions/domain/attribution/interrupted-subject';
import type { Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';

/** One sentence: `name` is an organisation's mention in it (entity tags as entities.ts lays them out), `cue` the cue's words. */
function subjectOf(text: string, cue: string, name?: string) {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const ent = new Int32Array(tokens.length + 4);
  if (name) {
    const start = text.indexOf(name);
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= start + name.length) ent[i + 2] = t.start === start ? 4 : 5;
    });
  }
  const from = text.indexOf(cue);
  const run: Run = {
    role: 'cue',
    first: tokens.findIndex((t) => t.start === from),
    last: tokens.findIndex((t) => t.end === from + cue.length),
  };
  const found = interruptedSubject(seq, { ent } as unknown as TokenInfo, [run], run);
  return found && text.slice(tokens[found.first]?.start, tokens[found.last]?.end);
}

describe('a cue right after an interruption of its sentence-opening name', () => {
  it('has the name for source after an aside', () => {
    expect(subjectOf('Vivendi, however, has said that it was public.', 'has said', 'Vivendi')).toBe(
      'Vivendi',
    );
  });

  it('has the name for source after an apposition or a relative clause, without them', () => {
    expect(
      subjectOf("American, the world's biggest airline, said it expected a loss.", 'said', 'American'),
    ).toBe('American');
    expect(subjectOf('Umbro, which lost deals with Celtic, claims it knew.', 'claims', 'Umbro')).toBe(
      'Umbro',
    );
  });

  it('has none for a list, a passive cue, a cue with no comma before it, or an opening that is no name', () => {
    expect(subjectOf('Vivendi, Sony and EMI, in turn, said so.', 'said', 'Vivendi')).toBeUndefined();
    expect(subjectOf('Vivendi, however, was accused of fraud.', 'was accused of', 'Vivendi')).toBeUndefined();
    expect(subjectOf('Vivendi said so.', 'said', 'Vivendi')).toBeUndefined();
    expect(subjectOf('The firm, however, said so.', 'said')).toBeUndefined();
  });
});
