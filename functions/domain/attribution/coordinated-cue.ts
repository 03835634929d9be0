import type { Sequence } from './features';
import { isPassive, PASSIVE, wordAt } from './opening-subject';
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
  if (cue.first - previous.last > MAX_GAP || (isPassive(seq, previous) && !stanceCue(seq, previous)))
    return undefined;
  return (linked[before] as Run[]).find((r) => r.role === 'source' && r.last < cue.first);
}

/**
 * "Dunne is keen to …", "Volkswagen is considering …": a be-verb before an
 * -ing form or a word of stance is no passive, its subject the one who said.
 */
function stanceCue(seq: Sequence, cue: Run): boolean {
  for (let k = cue.first; k < cue.last; k++) {
    if (!PASSIVE.test(wordAt(seq, k))) continue;
    let next = k + 1;
    while (next < cue.last && /^(?:\p{Ll}+ly|also|still|now|not)$/u.test(wordAt(seq, next))) next++;
    return STANCE.test(wordAt(seq, next));
  }
  return false;
}

/** What follows "is" in a cue of stance: "hoping", "keen", "concerned" (not "said", "accused"). */
const STANCE =
  /^(?:(?!being$)\p{Ll}{2,}ing|keen|confident|hopeful|happy|upbeat|reluctant|sure|adamant|optimistic|eager|anxious|concerned|worried|convinced|determined|disappointed|pleased|unaware|aware)$/u;

/** Tokens between the two cues at most: the first one's content. */
const MAX_GAP = 40;
