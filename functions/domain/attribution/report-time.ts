import type { Attribution } from '../extract/types';

const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/**
 * When the words were said, right after the cue and before what was said:
 * "said last week it was offering …", "said on Wednesday night Enrico Bondi
 * …", "said earlier this week he would not apologise". A letter must follow
 * (a comma or a stop leaves it: "mentioned last week, but will cover …"),
 * and not "'s" ("said this year's event promises …", a noun's owner).
 */
const WHEN = new RegExp(
  `^(?:(?:earlier|later)\\s+)?(?:(?:this|last)\\s+(?:week|month|year|weekend|summer|autumn|spring|winter)|on\\s+(?:${DAYS})(?:\\s+(?:night|morning|evening|afternoon))?|in\\s+(?:${MONTHS})|yesterday|earlier)\\s+(?=\\p{L})`,
  'u',
);

/**
 * The time of a report the tagger opened the content with belongs to the
 * cue's verb, not to what was said: the content starts after it.
 */
export function afterReportTime(text: string, a: Attribution): Attribution {
  const [first, ...rest] = a.content;
  const cue = a.cue[a.cue.length - 1];
  if (!first || !cue || cue.end > first.start || text.slice(cue.end, first.start).trim() !== '') return a;
  const when = WHEN.exec(text.slice(first.start, first.end));
  if (!when || when[0].length >= first.end - first.start) return a;
  return { ...a, content: [{ start: first.start + when[0].length, end: first.end }, ...rest] };
}
