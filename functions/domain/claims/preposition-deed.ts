/**
 * A deed after a preposition, no one's words: "He disappointed some by
 * failing to announce any details", "sued for sending mail messages",
 * "took on the defender before delivering a low drive", "won the prize
 * after reading aloud an excerpt". The -ing word is a gerund naming what
 * was done; PolNeAR train marks none of these after a preposition a cue
 * (failing 0 times in 6, sending 0 in 7, reading 0 in 8, delivering 0 in 4,
 * publishing 0 in 1). Verbs of saying, deciding or backing stay ("after
 * claiming", "after deciding", "after supporting": PolNeAR marks them).
 */
const DEED = /^(?:failing|sending|reading|delivering|publishing|seizing|restricting)\b/;
/** The preposition right before the cue. */
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}'’])(?:after|before|while|when|since|by|for|of|in|on|upon|without)\s+$/iu;

/** Whether the cue is a deed's gerund right after a preposition; `before` is the text just before the cue. */
export function prepositionDeed(cue: string, before: string): boolean {
  return DEED.test(cue.toLowerCase().trim()) && PREPOSITION_BEFORE.test(before);
}
