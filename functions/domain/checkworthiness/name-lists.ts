import { NAME_PARTICLES } from '../entities/lexicons';

/**
 * A list of names and nothing said of them: a team sheet ("Kenny, Geary,
 * Tonge (Quinn 97), Gray."), a scorer line ("Archibald 19, Grady 29 pen")
 * or a draw's pools ("New Zealand (1), Scotland (8), Tonga"). Its numbers
 * are minutes and seeds, not checkable quantities.
 */
export function isNameList(sentence: string): boolean {
  // (?<!\s): a match starts at a run's first space; tried from each, a long run was quadratic
  const body = sentence
    .replace(LABEL, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/(?<![.;\s])[.;\s]+$/, '');
  const items = body.split(/(?<!\s)\s*,\s*|(?<!\s)\s+and\s+/);
  return (items.length >= MIN_ITEMS && items.every((item) => ITEM.test(item))) || isBoxScore(items);
}

/**
 * A box-score line: names and their counts, no verb ("Palm Bay (1-0):
 * Tolivert 25 points.", "Osas Osaro 3 goals, 1 assist.", "Jordan Spira and
 * Megan Cook 4 total."). Opening on a name, each item a name, a name and a
 * count, or a count, and one count at least.
 */
function isBoxScore(items: string[]): boolean {
  return (
    NAMED.test(items[0] ?? '') &&
    items.some((item) => COUNTED.test(item)) &&
    items.every((item) => NAMED.test(item) || COUNTED.test(item))
  );
}

/** Fewer items are as likely a phrase ("Chelsea, Arsenal and Everton"). */
const MIN_ITEMS = 4;

/** A leading label: "Man Utd:", "Subs not used:", or a bare colon. */
const LABEL = /^[^:,]{0,40}:\s*/;

/** A name of one to four words (particles allowed), then a minute or a penalty mark. */
const WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|${[...NAME_PARTICLES].join('|')})`;
const ITEM = new RegExp(String.raw`^${WORD}(?:\s+${WORD}){0,3}(?:\s+\d{1,3}(?:\s+(?:pen|og))?)?$`, 'u');
/** A count of a player's deeds in a box score: "25 points", "1 assist", "4 total". */
const COUNT = String.raw`\d{1,3}\s+(?:points?|goals?|assists?|saves?|steals?|rebounds?|blocks?|tries|wickets?|yards|touchdowns?|total)`;
/** A name of one to four words, perhaps with its count. */
const NAMED = new RegExp(String.raw`^${WORD}(?:\s+${WORD}){0,3}(?:\s+${COUNT})?$`, 'u');
/** A count of its own, after a named item ("3 goals, 1 assist"). */
const COUNTED = new RegExp(String.raw`(?:^|\s)${COUNT}$`, 'u');
