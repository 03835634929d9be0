import type { Entity } from '../model/document';
import { saysPerson } from './bare-name-cues';
import { isFirstName } from './first-names';
import { hasHonorific } from './honorifics';
import { isKnownPlace } from './known-names';
import { retypeEntities } from './merge';

/**
 * A firm's noun right before a one-word name that the tagger's own cue
 * (./non-person-cues) lacks: "developer Valve", "Bookmakers Ladbrokes",
 * "regulator Icstis", "market analyst Datamonitor", "browser maker
 * Netscape", "vehicle-maker Winnebago", "a company called Akamai",
 * "State-owned Rosneft". A maker of films or programmes is a person.
 */
const FIRM_BEFORE =
  /(?:\p{L}-maker(?<!(?:film|movie|documentary|programme|music|record)-maker)|(?<![\p{L}-])(?:developers?|publishers?|bookmakers|regulator|watchdog|network|distributor|vendor|(?<!(?:film|movie|documentary|programme|music|record|policy|decision|peace|trouble|mischief)\s+)maker|(?:market|industry|research)\s+analysts?|(?:market|sector|industry)\s+leader|(?:company|firm)\s+(?:called|named)|(?:state|government|family|privately)-(?:owned|controlled)))\s+$/iu;
/** A name in a list a firms' noun heads: "technology firms like Dell, LG, Samsung", "manufacturers like Dell", "High Street names such as Boots". */
const LISTED_BEFORE =
  /(?<![\p{L}-])(?:firms|companies|makers|manufacturers|giants|operators|retailers|publishers|developers|portals|(?:[Hh]igh[- ][Ss]treet|household)\s+names)\s+(?:such\s+as|like|including)\s+(?:\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*,?\s+(?:(?:and|or)\s+)?){0,8}$/u;
/** A firm named after its noun: "The company, GlaxoSmithKline, is", "The world's largest retailer, Wal-Mart, has", "The mill, Krivorizhstal,". */
const NOUN_FIRST_APPOSITION =
  /(?<![\p{L}-])the\s+(?:[\p{L}'’-]+\s+){0,3}(?:company|firm|retailer|chain|group|mill|steelworks|bank|airline|carmaker|newspaper),\s+$/iu;
/**
 * A firm's own plans, not a person's view: "Fox has said it plans",
 * "Highfield said that it intends"; not "said it would be". Or a firm's
 * officer: "Lance Friedmann, Kraft senior vice president".
 */
const FIRM_AFTER =
  /^\s+(?:(?:has\s+)?said\s+(?:that\s+)?it\s+(?:plans|intends|hopes|expects|aims|wants|did\s+not|does\s+not|had\s+no|has\s+no)\b|senior\s+vice[- ]president\b)/u;

/**
 * A capitalised word or initial right before, inside a sentence: a given name ("Ray Charles", "S Dellape",
 * "J.R. Ewing"); not a word its full stop ends ("… and Vioxx. Vioxx was"), nor a possessive or a
 * compound ending in lower case ("Novartis' Zed", "Luxembourg-based Zed").
 */
const NAME_BEFORE =
  /[\p{L}\p{N},;][ \t]+\p{Lu}(?:[\p{L}'’-]*(?<!['’]|['’]s|-\p{Ll}{1,20})|(?:\.\p{Lu})*\.)[ \t]+$/u;
/** A date's month is no given name: "on 10 January Cellnet launched". */
const DATE_BEFORE =
  /\p{N}[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+$/u;
/** A name of one word. */
const ONE_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * A one-word name typed as a person that the article calls a firm is an
 * organisation: a firm's noun before it, a list of firms it is in, "the
 * company, X,", "X said it plans" or its officer after it. Not a name the article gives a
 * title ("Mr Dell"), a given name ("Michael Dell") or "he"/"she" ("Dell
 * said he"), nor a given name itself ("Emily said it would"). In the
 * document's view only (./link).
 */
export function retypeCalledFirms(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    if (!ONE_WORD.test(e.name)) return undefined;
    return bareNameOccurrences(text, e)?.some((o) => isFirmCued(text, o)) ? 'ORG' : undefined;
  });
}

/**
 * Where a name typed a person stands, when nothing says it is one: every
 * mention is that name, no word of it is a given name, and the article
 * gives it no honorific, given name or "said he". Null otherwise. The gate
 * of every rule that retypes such a name by what surrounds it (this file,
 * ./firm-contexts, ./product-cues).
 */
export function bareNameOccurrences(text: string, e: Entity): { start: number; end: number }[] | null {
  if (!(e.type === 'PERSON' || isUnknownPlace(e)) || e.mentions.some((m) => m.text !== e.name)) return null;
  if (e.name.split(/\s+/).some(isFirstName)) return null;
  const at = occurrences(text, e.name);
  return isBareName(text, e.name, at) ? at : null;
}

/** A name typed a place that the gazetteer knows as none ("Napster", "Wippit", "Netsky"): the tagger's guess, as a person's is. */
const isUnknownPlace = (e: Entity) => e.type === 'GPE' && !isKnownPlace(e.name);

/** No honorific, given name or initial before any occurrence, nor "said he" after one: nothing says person. */
function isBareName(text: string, name: string, at: { start: number; end: number }[]): boolean {
  return (
    !hasHonorific(text, name) &&
    !at.some((o) => hasNameBefore(text.slice(Math.max(0, o.start - 40), o.start))) &&
    !saysPerson(text, at)
  );
}

function hasNameBefore(before: string): boolean {
  return NAME_BEFORE.test(before) && !DATE_BEFORE.test(before);
}

function isFirmCued(text: string, at: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, at.start - 120), at.start);
  return (
    FIRM_BEFORE.test(before.slice(-40)) ||
    LISTED_BEFORE.test(before) ||
    NOUN_FIRST_APPOSITION.test(before.slice(-60)) ||
    FIRM_AFTER.test(text.slice(at.end, at.end + 50))
  );
}

/** Where the name occurs as a word in the text. */
export function occurrences(text: string, name: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const wordChar = (i: number) => /[\p{L}\p{N}-]/u.test(text[i] ?? '');
  for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
    const end = start + name.length;
    if (!wordChar(start - 1) && !wordChar(end)) found.push({ start, end });
  }
  return found;
}
