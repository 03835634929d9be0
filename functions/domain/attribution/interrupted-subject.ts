import type { Sequence, TokenInfo } from './features';
import { cueBetween, isPassive, openingName, sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/** Words that interrupt a subject without describing it: "Vivendi, however, has said". */
const ASIDE = /^(?:however|meanwhile|though|too|also|instead|nonetheless|nevertheless)$/i;
/** Words that open a description of the subject: an apposition or a relative clause. */
const DESCRIPTION = /^(?:a|an|the|who|which|whose)$/i;
/** Tokens an interruption has at most. */
const MAX_INTERRUPTION = 14;

/**
 * `Vivendi, however, has said…`, `American, the world's biggest airline,
 * said…`, `Robben, who has been key to the push, claims…`: a cue with no
 * source right after the comma that closes an aside, an apposition or a
 * relative clause opened right after the sentence's opening name has that
 * name for source, when the cue is not passive and no other cue lies
 * between. The name alone: a name inside the description ("Umbro, which
 * lost deals with Celtic") would take the speaker link.
 */
export function interruptedSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const word = (k: number) => wordAt(seq, k);
  if (word(cue.first - 1) !== ',' || isPassive(seq, cue)) return undefined;
  const first = sentenceStart(seq, cue.first);
  if (cueBetween(cues, cue, first)) return undefined;
  const name = openingName(seq, info, first, cue.first);
  if (!name || word(name.last + 1) !== ',') return undefined;
  const opens = name.last + 2;
  const closes = cue.first - 1;
  if (closes - opens < 1 || closes - opens > MAX_INTERRUPTION) return undefined;
  for (let k = opens; k < closes; k++) if (word(k) === ',') return undefined;
  const aside = closes - opens === 1 && ASIDE.test(word(opens));
  return aside || DESCRIPTION.test(word(opens)) ? name : undefined;
}
