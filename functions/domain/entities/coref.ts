import { firstNameGender } from './first-names';
import { type Gender, honorificBefore } from './honorifics';
import type { Mention } from './mention';
import { splitGender } from './mixed-honorifics';

export interface NamedMention extends Mention {
  key: string;
}

const nameTokens = (m: Mention) => m.text.split(/\s+/);

/**
 * Within one article, a partial name joins the full name it belongs to:
 * "Ryder" and "Patrick Ryder"; "De Niro" and "Robert De Niro"; "Mahdi
 * al-Muhandis" and "Abu Mahdi al-Muhandis". Full names are the longest:
 * "Andersen" joins "Hans Christian Andersen", not "Christian Andersen"
 * ("Kilroy" fits only "Kilroy Silk", itself part of "Robert Kilroy Silk").
 * A partial that fits several full names stays apart rather than guessing,
 * unless the article's honorifics tell them apart: "Mr Blair" beside Tony
 * and Cherie Blair is Tony. A team sheet's "R O'Gara" is Ronan O'Gara.
 * Only mentions `mayBeFullName` accepts are full names (not a headline's).
 */
export function personAnchors(
  text: string,
  mentions: NamedMention[],
  mayBeFullName: (m: NamedMention) => boolean = () => true,
): Map<NamedMention, NamedMention> {
  // split each name once: the loop below compares every mention with every full name
  const tokens = new Map(mentions.map((m) => [m, nameTokens(m)]));
  const partsOf = (m: NamedMention) => tokens.get(m) as string[];
  const people = mentions.filter((m) => m.type === 'PERSON' && partsOf(m).length >= 2 && mayBeFullName(m));
  const heads = people.filter((m) => !people.some((p) => isPartOfName(partsOf(m), partsOf(p))));
  const isHead = new Set(heads);
  const genders = gendersByKey(text, mentions);
  const anchors = new Map<NamedMention, NamedMention>();
  for (const m of mentions) {
    if (isHead.has(m)) continue;
    const parts = partsOf(m);
    if (parts.length > 1 && m.type !== 'PERSON') continue;
    // a part of no full name may still be part of a shorter one, itself joined to its full name
    let matches = heads.filter((h) => isPartOfName(parts, partsOf(h)));
    if (matches.length === 0) matches = people.filter((h) => isPartOfName(parts, partsOf(h)));
    // "Mr Soros" beside "George Soros" and a "Soros Foundation" typed a person: a surname
    if (
      parts.length === 1 &&
      new Set(matches.map((h) => h.key)).size > 1 &&
      SURNAME_TITLE.test(before(text, m))
    ) {
      const surnames = matches.filter((h) => partsOf(h).at(-1) === parts[0]);
      if (surnames.length > 0) matches = surnames;
    }
    const gender = genders.get(m.key);
    if (gender && new Set(matches.map((h) => h.key)).size > 1)
      matches = matches.filter((h) => genderOf(text, h, partsOf(h)) !== otherGender(gender));
    // "Mrs Howard" in an article with "Mr Howard" never joins Michael Howard, even alone
    const split = splitGender(m.key);
    if (split) matches = matches.filter((h) => genderOf(text, h, partsOf(h)) !== otherGender(split));
    const keys = new Set(matches.map((h) => h.key));
    if (keys.size === 1) anchors.set(m, matches[0] as NamedMention);
  }
  return anchors;
}

/**
 * A title that goes before a surname, never a given name alone: "Mr Howard"
 * is Michael Howard, not Howard Flight ("Sir Howard" may be either).
 */
const SURNAME_TITLE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Mister)\.?\s+$/u;
const before = (text: string, m: Mention) => text.slice(Math.max(0, m.start - 8), m.start);

const otherGender = (g: Gender): Gender => (g === 'm' ? 'f' : 'm');

/** What the honorifics before a name's mentions say ("Mr Blair"), when they agree. */
function gendersByKey(text: string, mentions: NamedMention[]): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  for (const m of mentions) {
    const g = honorificBefore(text, m.start);
    if (!g) continue;
    const seen = out.get(m.key);
    out.set(m.key, seen === undefined || seen === g ? g : null);
  }
  return out;
}

/** A full name's gender: its honorific's, else its first name's. */
function genderOf(text: string, m: NamedMention, parts: string[]): Gender | null | undefined {
  return honorificBefore(text, m.start) ?? firstNameGender(parts[0] as string);
}

/** A surname, a first name, a contiguous tail of the full name, or the name with initials ("R O'Gara"). */
function isPartOfName(parts: string[], full: string[]): boolean {
  if (isInitialled(parts, full)) return true;
  if (parts.length >= full.length) return false;
  if (parts.length === 1) {
    const [only] = parts as [string];
    return only.length > 1 && (only === full.at(-1) || only === full[0]);
  }
  return full.slice(full.length - parts.length).join(' ') === parts.join(' ');
}

/** Initials for a given name, as team sheets write it: "R", "KP", "J.". */
const INITIALS = /^(\p{Lu})\p{Lu}?\.?$/u;

/** "R O'Gara" for "Ronan O'Gara": the given name's initial, then the same surname. */
function isInitialled(parts: string[], full: string[]): boolean {
  const initial = INITIALS.exec(parts[0] as string)?.[1];
  const given = full[0] as string;
  return (
    initial !== undefined &&
    parts.length === full.length &&
    parts.length > 1 &&
    !INITIALS.test(given) &&
    given.startsWith(initial) &&
    parts.slice(1).join(' ') === full.slice(1).join(' ')
  );
}
