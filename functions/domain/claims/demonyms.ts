import { defaultAliasTable, surfacesOf } from '../entities/alias-table';
import type { Entity } from '../model/document';
import table from './demonyms.json' with { type: 'json' };

/** Country names by their nationality adjectives, lower-cased: "dutch" → netherlands, holland. */
const COUNTRIES_OF = new Map<string, string[]>();
for (const [country, adjectives] of Object.entries(table))
  for (const adjective of adjectives) {
    const key = adjective.toLowerCase();
    COUNTRIES_OF.set(key, [...(COUNTRIES_OF.get(key) ?? []), country.toLowerCase()]);
  }

/** A name and the alias table's other names for it ("US" → United States, America, …), lower-cased. */
function namesFor(name: string): string[] {
  const entry = defaultAliasTable.lookup(name);
  return [name, ...(entry ? surfacesOf(entry) : [])].map((n) => n.toLowerCase());
}

/** The adjectives of every country the table knows, by each of its names, the alias table's included. */
const ADJECTIVES_OF = new Map<string, string[]>();
for (const [country, adjectives] of Object.entries(table))
  for (const name of namesFor(country))
    ADJECTIVES_OF.set(name, [...(ADJECTIVES_OF.get(name) ?? []), ...adjectives.map((a) => a.toLowerCase())]);

/**
 * The countries a nationality adjective names by the table ("Australian" →
 * australia; "Israelis" as "Israeli"), lower-cased; empty when the table
 * has no entry.
 */
export function countriesOf(adjective: string): string[] {
  const word = adjective.toLowerCase();
  return (
    COUNTRIES_OF.get(word) ?? (word.endsWith('s') ? COUNTRIES_OF.get(word.slice(0, -1)) : undefined) ?? []
  );
}

/** A place's names, its alias-table entry's included ("UK" also answers to Britain), lower-cased. */
export function placeNames(place: Entity): string[] {
  const entry = defaultAliasTable.entry(place.id);
  return [place.name, ...place.aliases, ...(entry ? surfacesOf(entry) : [])].flatMap(namesFor);
}

/** Whether a place is one of the countries by one of its names, whole or before a further word ("Bosnia-Hercegovina"). */
export function isOneOf(place: Entity, countries: string[]): boolean {
  const wanted = countries.flatMap(namesFor);
  return placeNames(place).some((n) =>
    wanted.some((c) => n === c || n.startsWith(`${c} `) || n.startsWith(`${c}-`)),
  );
}

/**
 * Whether a place bears the name of a country the table knows that the
 * words do not open with an adjective of: "Austrian" is no Australia, while
 * "Japanese Rugby Football Union" may be Japan.
 */
export function isOtherCountry(place: Entity, words: string): boolean {
  const lower = words.toLowerCase();
  const known = placeNames(place).filter((n) => ADJECTIVES_OF.has(n));
  return known.length > 0 && !known.some((n) => ADJECTIVES_OF.get(n)?.some((a) => lower.startsWith(a)));
}
