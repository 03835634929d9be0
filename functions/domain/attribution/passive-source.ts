import type { Sequence } from './features';
import { PASSIVE, wordAt } from './opening-subject';
import type { Run } from './tags';

/** Words that may stand between "be" and its participle ("is also widely tipped"). */
export const BETWEEN =
  /^(?:also|now|not|widely|still|already|often|being|reportedly|officially|formally|publicly|repeatedly|never)$/i;
/**
 * Reporting and naming verbs whose passive subject is what is said about, or
 * who is spoken to, never the speaker: "Mr Botin is accused of …", "Blair was
 * asked if …", "Angels was named the best song".
 */
const SPOKEN_ABOUT =
  /^(?:said|named|accused|expected|declared|reported|nominated|asked|alleged|believed|described|told|understood|thought|appointed|billed|tipped|listed|viewed|projected|considered|known|charged|urged|warned|criticised|criticized|blamed|praised|questioned|pressed|invited|ordered|advised|informed|called|labelled|labeled|dubbed|branded|rumoured|rumored|estimated|predicted|forecast|claimed|confirmed|announced|cleared|voted)$/i;
/** What makes the subject the speaker after all: "is quoted as saying", "is heard asking" ("is alleged to have said": below). */
const SPEAKS = /^(?:quoted|saying|asking|telling)$/i;

/**
 * Whether a source before the cue is the subject of a passive reporting verb,
 * and so not its source. PolNeAR marks no source there, or the agent after
 * "by": of the 414 train cues that hold a form of "be" and a participle, 258
 * have no source, 84 one after them and 72 one before, mostly stances ("are
 * poised to", "was embittered at") or "is quoted as saying".
 */
export function passiveSubject(seq: Sequence, cue: Run, source: Run | undefined): boolean {
  if (!source || source.last >= cue.first) return false;
  for (let k = cue.first; k <= cue.last; k++) {
    const word = wordAt(seq, k);
    if (SPEAKS.test(word) || (/^have$/i.test(word) && /^to$/i.test(wordAt(seq, k - 1)))) return false;
  }
  for (let k = cue.first; k < cue.last; k++) {
    if (!PASSIVE.test(wordAt(seq, k))) continue;
    let p = k + 1;
    while (p < cue.last && BETWEEN.test(wordAt(seq, p))) p++;
    if (SPOKEN_ABOUT.test(wordAt(seq, p))) return true;
  }
  return false;
}
