/**
 * A dated line of a schedule: a tour date, a dash and a venue and town
 * ("June 20 – Raleigh, NC @ Coastal Credit Union Music Park", "June 23 --
 * Veterans United Home Loans Amphitheater at Virginia Beach, VA"). A row of a
 * listing, no verb, so no claim; its only lower-case words are small ones.
 */
export function isDateLine(sentence: string): boolean {
  const match = DATED_RE.exec(sentence);
  if (!match) return false;
  const rest = sentence.slice(match[0].length);
  return /\p{Lu}/u.test(rest) && (rest.match(LOWER_WORD_RE) ?? []).every((w) => SMALL_WORDS.has(w));
}

const DATED_RE =
  /^\s{0,4}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,?\s{1,2}(?:[–—]|-{1,2})\s{1,2}/u;
const LOWER_WORD_RE = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’]{0,30}/gu;
// biome-ignore format: compact word list
const SMALL_WORDS = new Set(['at', 'of', 'the', 'and', 'in', 'on', 'de', 'la', 'du', 'le', 'with']);
