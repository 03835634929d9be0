import { isFirstName } from './first-names';

/**
 * Cues that a name is the title of a work (a film, a show, an album), which
 * the tagger often takes for a person's name: "Finding Nemo", "Vera Drake".
 */

/** The kind of work just before its title: "abortion drama Vera Drake", "the film Ray"; not the verb ("to film Jo"). */
export const KIND_BEFORE =
  /(?<![\p{L}-])(?<!(?:to|will|would|could|can|may|might|must|should|not|n't)\s+)(?:film|movie|drama|comedy|biopic|documentary|thriller|musical|sitcom|novel|album|song|series|blockbuster|sequel|cartoon)\s+$/iu;
/**
 * The prize a work won or is up for just before its title: "best actress
 * for Suddenly Last Summer", "best rap album for The College Dropout", "the
 * best director award for Vera Drake" (a person after it is left alone).
 */
export const PRIZE_BEFORE =
  /(?<![\p{L}-])best\s+(?:[\p{L}&/-]+\s+){0,4}?(?:actor|actress|director|film|play|musical|comedy|drama|song|album|score|screenplay|newcomer|performer|collaboration|documentary)(?:\s+(?:award|prize|gong|nomination|Oscar|Bafta|Grammy))?\s+for\s+$/iu;
/** A work's kind and the name it goes by: "The book was called The Dragon Waiting", "a song titled Grief". */
export const CALLED_BEFORE =
  /(?<![\p{L}-])(?:film|movie|documentary|album|song|single|track|book|novel|poem|sculpture|painting)s?,?\s(?:(?:is|was)\s)?(?:called|entitled|titled)\s(?:The\s)?$/iu;
/**
 * An actor's part in it, or a work named as a hit: "her role in Vera
 * Drake", "his first hit was Dear Mama" (not "his role in Blair's cabinet").
 */
const PART_IN = /(?<![\p{L}-])(?:(?:roles?|performance|cameo)\s+in|(?:hit|single|album)\s+(?:was|is))\s+$/iu;
/** What follows a person's name after such words, not a title: "the film Jo Bloggs plays in", "role in Blair's cabinet". */
export const PERSON_NEXT =
  /^(?:['’]|\s+(?:plays|played|stars|starred|says|said|told|directs|directed|wrote|who)\b)/u;
/**
 * A title before the kind of work: "the Wright Stuff show". A host's name
 * comes there too ("the Jo Bloggs show"), so not one opening with a first
 * name, and a channel's ("the Fox show"), so not one word.
 */
const KIND_AFTER = /^\s+(?:show|programme|soundtrack|premiere|sequel|trilogy|franchise|screenplay)\b/iu;
/** "Vera Drake, starring Jo Bloggs," / "Ray, directed by Jo Bloggs": a work, as "Jo Bloggs, starring as" is not. */
const CREDITS_AFTER = /^,?\s+(?:starring|co-starring|directed\s+by)\s+\p{Lu}/u;

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Whether the words around one mention call it a work's title. */
export function isWorkCued(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 40);
  if ((KIND_BEFORE.test(before) || PART_IN.test(before)) && !PERSON_NEXT.test(after)) return true;
  if (CREDITS_AFTER.test(after)) return true;
  const words = m.text.split(/\s+/);
  return KIND_AFTER.test(after) && words.length > 1 && !isFirstName(words[0] as string);
}
