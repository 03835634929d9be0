/**
 * A thing announced, confirmed, declared or revealed, a post filled, with no
 * one named who did it: "The winners will be announced at a ceremony in
 * London", "the Tokyo stock market fell after the figures were announced",
 * "after the first games were revealed last week", "If the ratings are
 * confirmed, …", "Parmalat was declared insolvent", "When Woodward was
 * appointed last year". The subject is the thing or the person it was done
 * to, not a statement, and the tagger's content is a time, a place or that
 * subject. The impersonal "it" before the cue reports a statement ("it has
 * been confirmed", "it was announced that …"), and "by" after it names who
 * made it ("have been announced by the lord chancellor"): both stay.
 */
const ANNOUNCED_THING =
  /^(?:(?:has|have|had|will|would|could|can|may|might|must|should|to|not|also|now|still|already|yet)\s+){0,3}(?:(?:is|are|was|were|be|been|being)\s+){1,2}(?:(?:also|now|still|already|first|just|later|finally|formally|officially|originally|\p{L}+ly)\s+)?(?:announced|confirmed|declared|appointed|debated|revealed)$/u;
/** The impersonal "it" right before the cue. */
const IT_BEFORE = /(?:^|[^\p{L}'’])it\s+$/iu;
/** Who did it, or what was said. */
const SAID_AFTER = /^\s*(?:by|that)\b/i;

/**
 * Whether the cue, with no source, only tells of a thing announced or
 * confirmed or a post filled; `before` is the text just before the cue.
 */
export function announcesThing(cue: string, hasSource: boolean, before: string, rest: string): boolean {
  if (hasSource) return false;
  const words = cue.toLowerCase().trim().split(/\s+/).join(' ');
  return ANNOUNCED_THING.test(words) && !IT_BEFORE.test(before) && !SAID_AFTER.test(rest);
}
