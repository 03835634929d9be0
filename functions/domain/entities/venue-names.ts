import type { Entity } from '../model/document';
import { isFirstName } from './first-names';
import { isKnownName } from './known-names';
import { retypeEntities } from './merge';

/** The last word of a venue's name: "Ryman Auditorium", "Shoreline Amphitheatre", "BB&T Pavilion", "Plaza Hotel". */
// biome-ignore format: compact word list
const VENUE_WORDS = new Set([
  'amphitheatre', 'amphitheater', 'auditorium', 'pavilion', 'arena', 'stadium', 'theatre', 'theater', 'hotel',
]);

const HOTEL_AFTER = /^ hotel\b/;

/** Venue words that name no company: a theatre or a hotel may be its company ("the National Theatre"). */
const GROUND_WORDS = new Set(['amphitheatre', 'amphitheater', 'arena', 'stadium', 'pavilion']);

/**
 * A name of two words or more ending in a venue's word, typed a person or a
 * country, is the place (LOC, as a street is): the tagger reads "Ryman
 * Auditorium" or "Cynthia Woods Mitchell Pavilion" as someone's name and
 * "Millennium Stadium" as a country; typed a body, when it ends on a ground's
 * word ("Mohegan Sun Arena", "Alltel Stadium"). Not two words opening on a
 * given name ("Bruce Arena", "Alex Theater"), which may be a person's. So is
 * a name so typed before a lower-case "hotel" ("the Savoy hotel"), unless
 * the gazetteer knows the name ("a London hotel" is in London). In the
 * document's view only (./link).
 */
export function retypeVenues(text: string, entities: Entity[]): Entity[] {
  const hotel = (e: Entity) =>
    !isKnownName(e.name) && e.mentions.some((m) => HOTEL_AFTER.test(text.slice(m.end, m.end + 7)));
  return retypeEntities(entities, (e) =>
    ((e.type === 'PERSON' || e.type === 'GPE') && (isVenue(e.name, VENUE_WORDS) || hotel(e))) ||
    (e.type === 'ORG' && isVenue(e.name, GROUND_WORDS))
      ? 'LOC'
      : undefined,
  );
}

function isVenue(name: string, last: Set<string>): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !last.has((words.at(-1) as string).toLowerCase())) return false;
  return words.length > 2 || !isFirstName(words[0] as string);
}
