import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `the report determines, noting the group's …`: a participle cue right
 * after another cue (a comma between) speaks for that cue's source, which
 * the guidelines let one span serve. Only when the linker gave it none.
 */
export function participleSource(seq: Sequence, cues: Run[], linked: Run[][], i: number): Run | undefined {
  const cue = cues[i] as Run;
  // a cue can open its sequence: no token before it
  if (!/^[a-z]+ing$/.test(wordAt(seq, cue.first)) || wordAt(seq, cue.first - 1) !== ',') return undefined;
  const before = cues.findIndex(
    (c) => c.last === cue.first - 2 && seq.sentence[c.last] === seq.sentence[cue.first],
  );
  if (before < 0) return undefined;
  return (linked[before] as Run[]).find((r) => r.role === 'source');
}
