import type { Sequence } from './features';
import { PASSIVE, wordAt } from './opening-subject';
import { BETWEEN } from './passive-source';
import type { Run } from './tags';

/**
 * Participles of things done to the subject, not said or thought: "has been
 * ruled out", "was sentenced", "are used to represent". A cue that is only
 * "be" and one of these is no attribution, and its subject no speaker ("Glasgow
 * flanker Andrew Wilson has been ruled out for a month" was a claim by
 * Wilson). Each is a PolNeAR train cue at most once (most never) in all its
 * "be" + participle uses (a throwaway count over the first annotator's files).
 */
const DONE_TO =
  /^(?:used|taken|killed|conducted|involved|paid|treated|forced|based|sentenced|convicted|jailed|fined|banned|suspended|recalled|dropped|sacked|launched|unveiled|published|registered|sparked|spotted|knocked|exposed|hammered|framed|added|injured|arrested|hurt|wounded|robbed|ruled|passed|held|elected|created|reached|led|headed|joined|built|sold|bought|owned|defeated|beaten|won|lost|shot|stolen|freed|detained|deported|extradited|closed|opened|delayed|cancell?ed|postponed|completed|played|screened|aired|filmed|recorded|produced|directed|issued|replaced|removed|acquired|merged|funded|financed|hired|employed|born|married|buried|located)$/i;
/** What may close such a cue: "ruled out", "knocked off", "hammered out at". */
const PARTICLE = /^(?:out|off|up|down|on|in|over|by|for|to|at|with|from|as|into)$/i;

/** Whether the cue is only a form of "be" and a participle of something done to its subject. */
export function doneToSubject(seq: Sequence, cue: Run): boolean {
  let k = cue.first;
  if (/^(?:has|have|had)$/i.test(wordAt(seq, k))) k++;
  if (!PASSIVE.test(wordAt(seq, k))) return false;
  k++;
  while (k < cue.last && BETWEEN.test(wordAt(seq, k))) k++;
  if (k > cue.last || !DONE_TO.test(wordAt(seq, k))) return false;
  for (k++; k <= cue.last; k++) if (!PARTICLE.test(wordAt(seq, k))) return false;
  return true;
}
