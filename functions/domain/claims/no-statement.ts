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

/** Something done, not said: "Hitachi has unveiled its first humanoid robot", "Mr McLetchie signed a motion", "Hatcher thanked the show's cast". */
const DONE =
  /^(?:(?:has|have|had|will|would|also|just|now|recently|formally|officially)\s+)*(?:unveil(?:ed|s|ing)?|sign(?:ed|s|ing)?|launch(?:ed|es|ing)?|follows|followed|thank(?:ed|s|ing)?)$/;

/** A reputation or a name's origin, not anyone's words: "best known for his work on Spider-Man", "named after a lake". */
const KNOWN =
  /^(?:(?:is|are|was|were|be|been|being|'s|became|become|becomes|has|have|had|also|now|still|once|reputedly|as|best|better|well|widely|most)\s+)*(?:known\s+(?:for|as)|named\s+(?:after|in))$/;

/** A nomination, by whoever makes it: "is nominated for three Oscars", "Mike Leigh - nominated for Vera Drake". */
const NOMINATED =
  /^(?:(?:is|are|was|were|be|been|being|has|have|had|also|both|now|once|just)\s+)*nominated(?:\s+(?:twice|again))?(?:\s+for)?$/;

/** A meeting's purpose: "finance ministers meet on Thursday to discuss proposals". */
const PURPOSE = /^to\s+(?:discuss|promote)$/;

/** Whether the cue tells of no statement: a hedge, a reputation, a nomination, a purpose, a thing done, or a name given by no one the sentence says ("by" after the cue gives one). */
export function statesNothing(cue: string, hasSource: boolean, restOfSentence: string): boolean {
  const words = cue.toLowerCase().replace(/[:,]$/, '').trim().split(/\s+/).join(' ');
  if (HEDGE.test(words) || KNOWN.test(words) || NOMINATED.test(words) || PURPOSE.test(words)) return true;
  // "signed a deal", not "signed a letter saying" (a longer cue) nor "unveiled plans that would"
  if (DONE.test(words)) return !/^\s*(?:that|to)\b/i.test(restOfSentence);
  return !hasSource && NAMED.test(words) && !/\bby\s/i.test(restOfSentence);
}
