/**
 * Cues PolNeAR's annotators mark that tell of no one's statement, so no
 * claim for a reader who asks who said what. The attribution eval keeps
 * them (PolNeAR train marks "seemed" a cue 67 times in 104, "named" 27 in
 * 54); a claim does not, and its sentence may still be an unattributed one.
 */

/** The writer's hedge, not a speaker's: "The dressing down appears to have done the trick", "it would seem". */
const HEDGE =
  /^(?:(?:would|could|might|may|does|did|do|not|also|now|still|only|certainly|clearly)\s+)*(?:seems?|seemed|appears?|appeared)(?:\s+to)?$/;

/** A name or prize given, with no giver: "was named the best song", "were called". */
const NAMED =
  /^(?:(?:has|have|had|will|would|could|also|now|later|once|just|not)\s+)*(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|later|once|just|not|\p{L}+ly)\s+)*(?:named|nominated|voted|crowned|billed|called|dubbed|described|shortlisted|labell?ed|hailed)(?:\s+as)?$/u;

/** Something done, not said: "Hitachi has unveiled its first humanoid robot", "Mr McLetchie signed a motion". */
const DONE =
  /^(?:(?:has|have|had|will|would|also|just|now|recently|formally|officially)\s+)*(?:unveil(?:ed|s|ing)?|sign(?:ed|s|ing)?|launch(?:ed|es|ing)?|follows|followed)$/;

/** Whether the cue tells of no statement: a hedge, a thing done, or a name given by no one the sentence says ("by" after the cue gives one). */
export function statesNothing(cue: string, hasSource: boolean, restOfSentence: string): boolean {
  const words = cue.toLowerCase().replace(/[:,]$/, '').trim().split(/\s+/).join(' ');
  if (HEDGE.test(words)) return true;
  // "signed a deal", not "signed a letter saying" (a longer cue) nor "unveiled plans that would"
  if (DONE.test(words)) return !/^\s*(?:that|to)\b/i.test(restOfSentence);
  return !hasSource && NAMED.test(words) && !/\bby\s/i.test(restOfSentence);
}
