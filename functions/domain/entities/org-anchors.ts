import { isCommonWord } from './common-words';
import type { NamedMention } from './coref';
import { ORG_WORDS } from './lexicons';

/** A full name that is a list or a phrase, not one firm's name: "Heineken and Carlsberg", "University of Lille", "1997 Lions". */
const NOT_ONE_NAME = /(?:^|\s)(?:\p{Ll}+|&|\d\S*)(?:\s|$)|,/u;

const lastWord = (name: string) => name.split(/\s+/).at(-1) as string;
const ACRONYM = /^[\p{Lu}\d&.-]+$/u;

/**
 * Within one article, an organisation's short name joins its full name when
 * it is the full name's last word: "Rover" is MG Rover, "Wimpey" George
 * Wimpey. Guarded, since many names end in a word that names something else
 * on its own: only a one-word name of three letters or more that is not an
 * acronym (those are ./acronyms'), not a common word ("United", "Gold") nor
 * a body's generic head ("Times", "Bank", "Commission"), and ending exactly
 * one full name of the article (Barrick Gold and Highland Gold leave "Gold"
 * apart), unless the full name opens with the acronym of a body the
 * article names on its own or `isKnownBody` knows ("BBC Newcastle" is the
 * BBC's, "Newcastle" the club; a fragment such as "Daily" or "Ask" tagged
 * alone does not count). Names from the alias table are already canonical.
 * Only mentions `mayBeFullName` accepts are full names (not a headline's).
 */
export function organisationAnchors(
  mentions: NamedMention[],
  mayBeFullName: (m: NamedMention) => boolean = () => true,
  isKnownBody: (acronym: string) => boolean = () => false,
): Map<NamedMention, NamedMention> {
  const full = mentions.filter(
    (m) =>
      m.type === 'ORG' &&
      /\s/.test(m.text) &&
      !m.key.startsWith('alias:') &&
      !NOT_ONE_NAME.test(m.text) &&
      mayBeFullName(m),
  );
  const anchors = new Map<NamedMention, NamedMention>();
  if (full.length === 0) return anchors;
  // "BBC Newcastle": a part of a body the article names by its acronym on its own, not the short name's full name
  const bodies = new Set(mentions.filter((m) => m.type === 'ORG' && ACRONYM.test(m.text)).map((m) => m.text));
  const ofOtherBody = (f: NamedMention) => {
    const first = f.text.split(/\s+/)[0] as string;
    return bodies.has(first) || (ACRONYM.test(first) && isKnownBody(first));
  };
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.key.startsWith('alias:') || !isShortName(m.text)) continue;
    const heads = full.filter((f) => lastWord(f.text) === m.text && !ofOtherBody(f));
    if (heads.length > 0 && new Set(heads.map((h) => h.key)).size === 1)
      anchors.set(m, heads[0] as NamedMention);
  }
  return anchors;
}

const isShortName = (name: string) => mayNameAFirm(name) && !ACRONYM.test(name);

/**
 * A one-word capitalised name of three letters or more that is no common
 * word ("United", "Gold") nor a body's generic head ("Times", "Bank"): one
 * that may stand alone for a firm's full name (here, ./company-short-names).
 */
export function mayNameAFirm(name: string): boolean {
  if (/\s/.test(name) || name.length < 3 || !/^\p{Lu}/u.test(name)) return false;
  const word = name.toLowerCase();
  return !isCommonWord(word) && !ORG_WORDS.has(word);
}
