/**
 * A name that only says whose outsiders a plural head is: "LSE shareholders",
 * "United fans", "Some BBC News website users", "Dundee United players"
 * speak for themselves, not for the firm, club or person named. Only when
 * that head ends the source, with at most one word between ("website users",
 * "card's creditors"), and not a verb the tagger ran over ("Mr Blair
 * retorted voters"). Staff and members stay: they speak for their body.
 */
const OUTSIDE_GROUP =
  /^(?:['’]s?)?(?:\s+\p{Ll}[\p{L}-]{0,30}(?<!ed)(?:['’]s)?)?\s+(?:fans|supporters|shareholders|investors|creditors|customers|users|viewers|players|employees|workers|voters|subscribers|passengers)\s*$/u;

/** Whether the source text after a name (to the source's end) makes that name a mere modifier of outsiders. */
export const modifiesOutsiders = (after: string): boolean => OUTSIDE_GROUP.test(after);
