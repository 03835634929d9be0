import { stretchOverAside } from './dash-aside';

/**
 * A relative clause, "such as" or a participle and its preposition set off by
 * commas right after a content's end, and the verb (or "to") its clause goes
 * on with: "that Rock | , who is known for strong language, | might cause
 * controversy", "the contract | , signed in 2000, | is no longer valid". The
 * aside holds no clause mark, quote or sentence stop; "including" is left to
 * lists.
 */
const ASIDE =
  /^,\s+(?:which|who|whose|such as|(?:\p{Ll}{2,20}ly\s+)?\p{Ll}{2,20}ed\s+(?:by|in|at|on|of|for|from|with|as|under|after))\s[^,;:\n"“”.!?()]{1,150}?,\s+(?=(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|does|do|did|to)\s)/u;

/**
 * "Ministers thought merging the prison service with the departments |
 * , which provide community sentences, might have provided an answer": the
 * tagger ends the content where the relative clause opens, leaving the
 * subject without its verb. A content after its cue goes on over the aside,
 * as over a dash aside (stretchOverAside).
 */
export const overCommaAside = stretchOverAside(ASIDE, 200);
