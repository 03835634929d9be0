/**
 * The writer's signpost to what follows: a sentence ending on a colon ("Points
 * raised in the report included:", "The tables below show the rate for each
 * constituency:") or opening on "Here is/are" ("Here is how six lobbies plan
 * to…"). It introduces a list, a table or a section and states nothing itself.
 */
export function isLeadIn(sentence: string): boolean {
  return ENDS_ON_COLON_RE.test(sentence) || HERE_IS_RE.test(sentence);
}

const ENDS_ON_COLON_RE = /:\s{0,4}$/;
const HERE_IS_RE = /^(?:Here (?:is|are)|Here['’]s)\s/;
