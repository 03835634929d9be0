import type { TaggerType } from '../extract/types';
import type { EntityType } from '../model/document';
import { expandAbbreviations } from './ids';
import {
  EVENT_WORDS,
  FEATURE_WORDS,
  INSTITUTION_WORDS,
  isDemonym,
  NORP_WORDS,
  STREET_WORDS,
} from './lexicons';

function words(name: string): string[] {
  return name.toLowerCase().split(/[\s-]+/);
}

/**
 * CoNLL classes to the product's: LOC splits into GPE (countries, cities,
 * states) and LOC (natural features, streets); MISC splits into NORP, EVENT and MISC.
 */
export function mapType(type: TaggerType, name: string): EntityType {
  // "Hereford County Hospital" tagged a place, "Clare College" a person: an institution, but an event ("… Summit for the Information Society")
  if (isInstitution(name) && !(type === 'MISC' && miscType(name) === 'EVENT')) return 'ORG';
  switch (type) {
    case 'PER':
      // "Tory", "Muslim": a group word tagged as a name; "Abbey Road" a street
      if (isGroupWord(words(name))) return 'NORP';
      return isStreet(name) ? 'LOC' : 'PERSON';
    case 'ORG':
      return 'ORG';
    case 'LOC':
      return isStreet(name) || words(name).some((w) => FEATURE_WORDS.has(w)) ? 'LOC' : 'GPE';
    case 'MISC':
      return miscType(name);
  }
}

/** A name of two words or more ending in an institution word. */
function isInstitution(name: string): boolean {
  const ws = words(name);
  return ws.length > 1 && INSTITUTION_WORDS.has(ws.at(-1) as string);
}

/** A name of two words or more ending in a street word ("Downing St" too). */
function isStreet(name: string): boolean {
  const ws = expandAbbreviations(name).toLowerCase().split(/\s+/);
  return ws.length > 1 && STREET_WORDS.has(ws.at(-1) as string);
}

function isGroupWord(ws: string[]): boolean {
  return ws.length === 1 && NORP_WORDS.has(ws[0] as string);
}

function miscType(name: string): EntityType {
  const ws = words(name);
  if (ws.length === 1 && isDemonym(name)) return 'NORP';
  if (ws.some((w) => EVENT_WORDS.has(w))) return 'EVENT';
  return 'MISC';
}
