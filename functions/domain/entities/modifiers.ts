import type { TaggerType } from '../extract/types';
import type { Span } from './clean';
import { NORP_WORDS } from './lexicons';

/** A prefix that makes a name a modifier: "ex-Yukos", "non-EU", "anti-European"; "Ex-Labour" opening a sentence. */
const PREFIX = /^(?:(?:ex|non|anti|pro|post|pre|pan)-|Ex-)/u;
/**
 * A participle or adjective after a name that makes it a modifier: "Paris-based",
 * "Albanian-born", "US-led", "Iran-aligned", "Matrix-style". Listed: a
 * lower-case word after a hyphen is part of many names ("Mong-koo", "Co-operation").
 */
const SUFFIX =
  /-(?:based|born|bred|listed|registered|headquartered|wide|led|backed|owned|run|controlled|funded|sponsored|aligned|allied|style|friendly|speaking|made)$/u;
/** Those that follow a place: "Paris-based", "Europe-wide" ("US-led" forces, a "Disney-owned" channel may follow anything). */
const PLACE_SUFFIX = /-(?:based|born|bred|listed|registered|headquartered|wide)$/u;
const ACRONYM = /^[\p{Lu}&]{2,6}$/u;
/** A nationality's ending ("Albanian", "Irish", "Japanese"), not a country's ("Japan", "Iran"). */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ian|ean|can|yan|xan|ish|ese)$/u;

/**
 * The name inside a modifier the tagger took whole, with the type it
 * takes: the place (or nationality) before "-based" and the like, the name
 * after "ex-" and the like with the tagger's type. Null when no name is
 * left ("anti-semitic"); the mention itself when it is no such modifier.
 * A place suffix follows things too ("Linux-based"), so the name is a
 * place only when `isPlace` says so; else it keeps the tagger's type, and a
 * name tagged as a person is MISC (no one is a base or a birthplace). Before
 * any other suffix ("Iran-aligned", "Moscow-backed") a name the tagger
 * called MISC is a place too when `isPlace` says so: MISC there is the
 * whole modifier's type, not the name's.
 */
export function nameInModifier(
  text: string,
  span: Span,
  type: TaggerType,
  isPlace: (name: string) => boolean,
): (Span & { type: TaggerType }) | null {
  const name = text.slice(span.start, span.end);
  const prefix = PREFIX.exec(name)?.[0].length ?? 0;
  const suffix = SUFFIX.exec(name)?.[0].length ?? 0;
  if (prefix === 0 && suffix === 0) return { ...span, type };
  const start = span.start + prefix;
  const end = span.end - suffix;
  const inner = text.slice(start, end);
  if (!/^\p{Lu}/u.test(inner)) return null;
  if (suffix === 0) return { start, end, type };
  const place = PLACE_SUFFIX.test(name) || type === 'MISC';
  return { start, end, type: modifiedType(inner, place ? placeOr(inner, type, isPlace) : type) };
}

function placeOr(name: string, type: TaggerType, isPlace: (name: string) => boolean): TaggerType {
  if (type === 'LOC' || isPlace(name)) return 'LOC';
  return type === 'PER' ? 'MISC' : type;
}

/** What is named before the suffix: a nationality, a body's acronym, a person ("Bush-style"), else what the suffix or the tagger says. */
function modifiedType(name: string, byDefault: TaggerType): TaggerType {
  if (NATIONALITY.test(name) || NORP_WORDS.has(name.toLowerCase())) return 'MISC';
  return ACRONYM.test(name) ? 'ORG' : byDefault;
}
