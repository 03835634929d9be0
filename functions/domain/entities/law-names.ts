import type { Entity } from '../model/document';
import { byStart, type Mention, overlaps } from './mention';
import { retypeEntities } from './merge';

/** A name of two words or more ending on "Act" or "Bill": a law or a bill before parliament. */
const LAW_NAME = /\s(?:Act|Bill)s?$/u;

/** A bare "Act" or "Bill". */
export const BARE = /^(?:Act|Bill)$/u;

/** What comes before a bare "Bill" that names a bill: a determiner ("the Bill", "No Bill goes") or a cut name's word ("Police Bill", "Provisions) Bill"). */
const BEFORE_BARE =
  /(?:\b(?:the|The|new|No|this|This|its|their)|(?<!\p{L})\p{Lu}[\p{L}'’-]{0,30}|\))\s{1,3}$/u;

/** A capitalised word after a bare "Bill": a given name ("Bill O'Reilly"). */
const NAME_AFTER = /^\s{1,3}\p{Lu}/u;

/**
 * A law is MISC, as the tagger types most ("Hunting Act", "Terrorism Bill"),
 * whatever type it gave the rest ("Freedom of Information Act" a body,
 * "the Bill" a person); a bare "Bill" only where a determiner or a name's
 * word stands before each mention and no name follows. In the document's
 * view only (./link), before "the Bill" joins the one bill named in full (./generic-heads).
 */
export function retypeLaws(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type !== 'EVENT' && e.roles.length === 0 && isLaw(text, e) ? 'MISC' : undefined,
  );
}

function isLaw(text: string, e: Entity): boolean {
  return isLawName(e.name) || (BARE.test(e.name) && namesBareLaw(text, e));
}

/** Whether a name is a law's ("Hunting Act"), not a bare "Act" or "Bill". */
export const isLawName = (name: string): boolean => LAW_NAME.test(name);

/** Whether a bare "Act" or "Bill" entity names a law in each mention: a determiner or a name's word before, no name after. */
export function namesBareLaw(text: string, e: Entity): boolean {
  return (
    e.mentions.length > 0 &&
    e.mentions.every(
      (m) =>
        BEFORE_BARE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
        !NAME_AFTER.test(text.slice(m.end, m.end + 4)),
    )
  );
}

/** A capitalised word of a law's name. */
const WORD = String.raw`\p{Lu}[\p{L}-]{0,30}`;
/** Small words inside a law's name: "Prevention of Terrorism", "Succession to the Crown". */
const JOINER = String.raw`(?:(?:of|and|for|on|to|against)(?:\s+the)?\s+)?`;
/**
 * A law's full name in the text: up to eight capitalised words and the
 * small words between them before "Act" or "Bill"; not a given name
 * ("Sonny Bill Williams", "President Bill Clinton") nor "Bill of Rights".
 */
const LAW_SPAN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’&-])${WORD}(?:\s${JOINER}${WORD}){0,7}\s(?:Act|Bill)(?![\p{L}\p{N}'’-])(?!\s{1,3}(?:of\b|\p{Lu}))`,
  'gu',
);
/** Words that open a sentence or phrase before a law's name, no part of it: "The", "Under". */
const OPENER = /^(?:The|A|An|No|Any|Every|Under|In|By|For|From|With|Its|His|Her|Their|Our|This|That|New)\s/u;

/** Capitalised words and a comma right before: a list, or a name the comma cuts. */
const CUT_BY_COMMA = /\p{Lu}[\p{L}-]{0,30},\s{1,3}$/u;

/** Whether the text names a law in full (what readLawSpans reads). */
export const hasLawSpan = (text: string): boolean => text.search(LAW_SPAN) >= 0;

/**
 * A law's full name is one MISC mention where the tagger left it untagged
 * ("the Hunting Act", "the Data Protection Act"), cut it ("Prevention of |
 * Terrorism Bill", "Sarbanes-Oxley | Act") or took its words for names
 * ("Texas Electronic Mail" a body). Not a name inside a longer tagged one,
 * nor a place or group opening it ("the US Foreign Corrupt Practices Act"
 * keeps the US). In the document's view only (./link).
 */
export function readLawSpans(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const m of text.matchAll(LAW_SPAN)) {
    const span = lawSpan(text, m.index, m.index + m[0].length, out);
    if (!span) continue;
    const inside = out.filter((x) => overlaps(x, span));
    if (inside.some((x) => x.start < span.start || x.end > span.end)) continue;
    if (inside.length === 1 && inside[0]?.start === span.start && inside[0].end === span.end) continue;
    const law: Mention = { ...span, text: text.slice(span.start, span.end), type: 'MISC', roles: [] };
    out = [...out.filter((x) => !inside.includes(x)), law].sort(byStart);
  }
  return out;
}

/** The match without the words that open it, nor a place or group tagged at its start; none when only the head is left. */
function lawSpan(
  text: string,
  start: number,
  end: number,
  mentions: Mention[],
): { start: number; end: number } | null {
  let from = start;
  for (let opener = OPENER.exec(text.slice(from, end)); opener; opener = OPENER.exec(text.slice(from, end)))
    from += opener[0].length;
  const lead = mentions.find(
    (x) => x.start === from && x.end < end && (x.type === 'GPE' || x.type === 'NORP'),
  );
  // "the Scotland Act" is a law whole; "the US Foreign Corrupt Practices Act" the US's
  const rest = lead ? text.slice(lead.end, end) : '';
  if (lead && !BARE.test(rest.trim())) from = end - rest.trimStart().length;
  // a name a comma cuts from the capitalised words before ("Anti-Terrorism, Crime and Security Act") is not whole
  if (CUT_BY_COMMA.test(text.slice(Math.max(0, from - 40), from))) return null;
  return /\s/.test(text.slice(from, end)) ? { start: from, end } : null;
}
