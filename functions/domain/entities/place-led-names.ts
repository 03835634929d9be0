import type { Entity, EntityType } from '../model/document';
import { isKnownPlace } from './known-names';
import { EVENT_WORDS, FEATURE_WORDS, ORG_WORDS } from './lexicons';
import { endsOnMasthead } from './masthead-cues';
import { retypeEntities } from './merge';

/** Last words of a body named after its city that the lexicons lack: "Vienna State Opera", "Berlin Philharmonic". */
const MUSIC_BODIES = new Set(['opera', 'philharmonic', 'orchestra']);

/**
 * An organisation or event typed as the place its name opens on: the
 * tagger reads "Venice Film Festival", "Berlin Philharmonic" or "United
 * States Anti-Doping Agency" as the place. A name of two words or more
 * typed as a place, that opens on a place the gazetteer knows and is no
 * place it knows itself, is an event when its last word names one
 * (EVENT_WORDS), and an organisation when its last word names a body
 * (ORG_WORDS) or a newspaper ("Kansas City Star", "San Francisco
 * Chronicle"), unless it also names a feature ("South Bank"). Streets,
 * parks and venues stay places ("Leicester Square", "Wembley Stadium"), and
 * so does a name the gazetteer knows as a club, which is also a
 * constituency ("Labour MP for West Ham"). In the document's view only
 * (./link).
 */
export function retypePlaceLedNames(entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => (e.type === 'GPE' || e.type === 'LOC' ? typeOf(e.name) : undefined));
}

function typeOf(name: string): EntityType | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || !opensOnPlace(words) || isKnownPlace(name)) return undefined;
  const last = (words.at(-1) as string).toLowerCase();
  if (EVENT_WORDS.has(last)) return 'EVENT';
  if ((ORG_WORDS.has(last) && !FEATURE_WORDS.has(last)) || MUSIC_BODIES.has(last) || endsOnMasthead(name))
    return 'ORG';
  return undefined;
}

function opensOnPlace(words: string[]): boolean {
  for (let k = 1; k < words.length; k++) if (isKnownPlace(words.slice(0, k).join(' '))) return true;
  return false;
}
