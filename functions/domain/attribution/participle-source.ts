import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `the report determines, noting the group's …`, `Mr Brown said taxes would
 * not rise, adding …`: a participle cue after a comma speaks for the source
 * chosen (else linked) for the nearest cue before it in its sentence, which
 * the guidelines let one span serve (PolNeAR train: 27 of 29 such
 * participles with a source marked share it). Only when the linker gave it
 * none, and not a relative pronoun's ("an architect who said he was
 * stiffed, saying").
 */
export function participleSource(
  seq: Sequence,
  cues: Run[],
  chosen: (Run | undefined)[],
  linked: Run[][],
  i: number,
): Run | undefined {
  const cue = cues[i] as Run;
  if (!isCommaParticiple(seq, cue)) return undefined;
  let before = -1;
  cues.forEach((c, k) => {
    if (c.last < cue.first && seq.sentence[c.last] === seq.sentence[cue.first]) {
      if (before < 0 || c.last > (cues[before] as Run).last) before = k;
    }
  });
  if (before < 0) return undefined;
  // a passive's subject, which its own cue lost, still speaks the participle ("X was forced to …, saying")
  const source = chosen[before] ?? (linked[before] as Run[]).find((r) => r.role === 'source');
  return source && !RELATIVE.test(wordAt(seq, source.last)) ? source : undefined;
}

/** A participle cue after a comma: ", noting", ", calling them". A cue can open its sequence: no token before it. */
export const isCommaParticiple = (seq: Sequence, cue: Run) =>
  /^[a-z]+ing$/.test(wordAt(seq, cue.first)) && wordAt(seq, cue.first - 1) === ',';

/** A relative pronoun: its cue is a clause's inside another. */
const RELATIVE = /^(?:who|which|that)$/i;
