import { STANCE } from './relative-deed';

/**
 * A deed or state in a defining relative clause, no one's words: "stars
 * who have previously graced the Super Bowl stage", "people who wish to
 * build virtual homes", "the only person who was positive about my
 * intentions was …", "a comeback that thrilled the crowd". The clause,
 * set off by no comma, picks out its noun; the tagger cues such verbs as
 * it does after ", who" (`relative-deed.ts`). A verb of saying, judging,
 * wanting or backing stays ("MPs who have called for an apology"), as do
 * findings ("a report that showed supplies were rising") and a clause
 * after the cue ("experts who wonder whether …").
 */

/** "who"/"that"/"which" right before the cue, after a word, not a comma. */
const DEFINING = /[\p{L}\d)'’]\s{1,3}(?:who|that|which)\s{1,3}$/iu;
/** A finding a report or analysis shows. */
const SHOWS = /(?:^|\s)show(?:s|ed|ing|n)?(?:\s|$)/;
/** A clause the cue reports, not a thing it acts on. */
const CLAUSE = /^(?:that|whether|if)\s/i;

/** Whether the cue, after `before` (its sentence's text up to the cue), is a deed in a defining relative clause. */
export function definingDeed(cue: string, before: string, content: string): boolean {
  const verb = cue.toLowerCase();
  return DEFINING.test(before) && !STANCE.test(verb) && !SHOWS.test(verb) && !CLAUSE.test(content);
}
