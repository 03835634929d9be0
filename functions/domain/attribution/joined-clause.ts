import type { Sequence, TokenInfo } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * Prepositions whose object the tagger may run into the next clause's
 * subject. Not those that may tie the object to the subject's own noun
 * ("reports from the US Treasury and the IDB have said", "a spokesman for",
 * "the heads of"), open an absolute clause ("with politicians and
 * campaigners calling"), or open a clause whose subject is the whole source
 * ("challenged by Deutsche Bank and Gazpromneft", "after South Korea and
 * Japan denied"); "according to" names the source.
 */
const PREPOSITION = /^(?:at|on|in|to|against)$/;

/**
 * "the FA Cup defeat at Newcastle and manager Jose Mourinho said", "pledged
 * $1m to The American Red Cross and actor Leonardo DiCaprio pledged", "in
 * the US and open source developers argue": a source the tagger began on a
 * preposition's object that "and" joins to the next clause. The source is
 * the subject after the "and" (one outside any name), right before the cue.
 */
export function joinedClause(
  seq: Sequence,
  info: TokenInfo,
  source: Run | undefined,
  cue: Run,
): Run | undefined {
  if (!source || source.last + 1 !== cue.first) return source;
  const before = /^the$/i.test(wordAt(seq, source.first - 1)) ? source.first - 2 : source.first - 1;
  const word = wordAt(seq, before);
  if (!PREPOSITION.test(word) || (word === 'to' && /^according$/i.test(wordAt(seq, before - 1))))
    return source;
  for (let k = source.first + 1; k < source.last; k++)
    if (wordAt(seq, k) === 'and' && (info.ent[k + 2] as number) === 0) return { ...source, first: k + 1 };
  return source;
}
