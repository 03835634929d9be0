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
  return items.length >= MIN_ITEMS && items.every((item) => ITEM.test(item));
}

/** Fewer items are as likely a phrase ("Chelsea, Arsenal and Everton"). */
const MIN_ITEMS = 4;

/** A leading label: "Man Utd:", "Subs not used:", or a bare colon. */
const LABEL = /^[^:,]{0,40}:\s*/;

/** A name of one to four words (particles allowed), then a minute or a penalty mark. */
const WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|${[...NAME_PARTICLES].join('|')})`;
const ITEM = new RegExp(String.raw`^${WORD}(?:\s+${WORD}){0,3}(?:\s+\d{1,3}(?:\s+(?:pen|og))?)?$`, 'u');
