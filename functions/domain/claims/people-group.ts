/**
 * A story that calls a group of people a group ("A group of MPs", "a
 * campaign group", "the cross-party group"): there "the group" is that
 * group, not a firm, so it is no organisation merely salient nearby (a
 * "group of MPs" was read as the House of Lords it wants reformed). Each
 * alternative is a fixed word run, so the scan stays linear.
 */
const PEOPLE_GROUP =
  /\b(?:an?|the)\s+group\s+of\s+\p{L}|\b(?:cross-party|all-party|campaign(?:ing)?|pressure|lobby(?:ing)?|working|rights|action|protest)\s+group\b/iu;

/**
 * A name written before the head that no entity covered ("The Reporters
 * Without Borders group"): the group is named, just not tagged. Two
 * capitalised words at least, so "The Spanish group" is not one.
 */
const UNTAGGED_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|the|and|for)\s+)?){2,}group$/u;

/**
 * Whether "the group" at the end of `upTo` (the story up to the source's
 * end) is a group of people or one named otherwise, not a firm: then only
 * an organisation the story wrote with that head may stand for it.
 */
export function isPeopleGroup(phrase: string, upTo: string): boolean {
  return UNTAGGED_NAME.test(phrase) || PEOPLE_GROUP.test(upTo);
}
