import type { Attribution } from '../extract/types';

const DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** When the words were said: "last week", "on Wednesday night", "earlier this week", "in 2013". */
const TIME = `(?:(?:earlier|later)\\s+)?(?:(?:this|last)\\s+(?:week|month|year|weekend|summer|autumn|spring|winter)|on\\s+(?:${DAYS})(?:\\s+(?:night|morning|evening|afternoon))?|in\\s+(?:(?:${MONTHS})(?:\\s+\\d{4})?|\\d{4})|yesterday|earlier)`;
/** The US wire's bare day or date ("Monday", "Nov. 18"), which may also be a verb's object ("declared Saturday as …"). */
const BARE_TIME = `(?:(?:${DAYS})(?:\\s+(?:night|morning|evening|afternoon))?|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.\\s+\\d{1,2}|(?:${MONTHS})\\s+\\d{1,2})`;
/** Either, between a cue and the "that" of what was said. */
export const REPORT_TIME = `(?:${TIME}|${BARE_TIME})`;
/**
 * The time right after the cue and before what was said: "said last week it
 * was offering …", "said on Wednesday night Enrico Bondi …", "announced Nov.
 * 18 that it was adding …" (a bare one only before "that"). A letter must
 * follow (a comma or a stop leaves it: "mentioned last week, but will cover
 * …"), and not a possessive ("said this year's event promises …", "on Monday
 * night's vote", a noun's owner).
 */
const WHEN = new RegExp(`^(?:${TIME}\\s+(?=\\p{L})(?!\\p{L}+['’]s\\s)|${BARE_TIME}\\s+(?=that\\s))`, 'u');

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
