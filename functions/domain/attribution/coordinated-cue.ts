import type { Sequence } from './features';
import { isPassive, wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `Mr Cheney admitted the budget was tough but argued it was fair`: a cue
 * right after "and" or "but" shares the source of the cue before it in its
 * sentence, the subject both verbs have. Only when the linker gave it none,
 * neither cue is passive and the source comes before this cue.
 * coordinated-subject.ts covers the sentence with no cue before.
 */
export function coordinatedCueSource(
  seq: Sequence,
  cues: Run[],
  linked: Run[][],
  i: number,
): Run | undefined {
  const cue = cues[i] as Run;
  if (!/^(?:and|but)$/i.test(wordAt(seq, cue.first - 1)) || isPassive(seq, cue)) return undefined;
  const sentence = seq.sentence[cue.first];
  let before = -1;
  for (const [j, c] of cues.entries())
    if (
      c.last < cue.first &&
      seq.sentence[c.first] === sentence &&
      (before < 0 || c.first > (cues[before] as Run).first)
    )
      before = j;
  if (before < 0) return undefined;
  const previous = cues[before] as Run;
  if (cue.first - previous.last > MAX_GAP || isPassive(seq, previous)) return undefined;
  return (linked[before] as Run[]).find((r) => r.role === 'source' && r.last < cue.first);
}

/** Tokens between the two cues at most: the first one's content. */
const MAX_GAP = 40;
