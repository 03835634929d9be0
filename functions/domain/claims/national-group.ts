import type { Entity, Range } from '../model/document';
import { adjectiveCountry } from './group-speaker';

/** "The Spanish group", "the US firm": the capitalised word before a group noun, all of the nominal but its article. */
const NATIONAL_NOMINAL = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}]*)\s+\p{Ll}+$/u;
/** A word between a place and the firm it places, not a preposition ("Israel for Bayern Munich"). */
const NOUN = String.raw`(?!(?:for|of|to|in|on|at|by|with|and|or|from|as|against|over|into)\s)\p{Ll}+\s+`;
/**
 * What stands between a place and the firm it places: its possessive ("Spain's
 * Ferrovial") or a noun or two ("Italian bank Mediobanca", "US firm Boeing");
 * not nothing ("US Air Force" is a name).
 */
const PLACE_BEFORE = new RegExp(`^(?:['’]s?\\s+(?:${NOUN}){0,2}|\\s+(?:${NOUN}){1,2})$`, 'u');
/** What stands between a firm and the place after it: "Fiat, Italy's largest employer". */
const PLACE_AFTER = /^,\s+(?:the\s+)?$/u;

/** The country a place or people entity stands for: a place itself, a people by its adjective ("Italian"). */
function countryOf(e: Entity, entities: Entity[]): string | null {
  if (e.type === 'GPE') return e.id;
  return e.type === 'NORP' ? adjectiveCountry(e.name, entities) : null;
}

/** The countries the story places an organisation in, by the place written right beside one of its mentions. */
function placedIn(org: Entity, entities: Entity[], text: string): Set<string> {
  const countries = new Set<string>();
  for (const place of entities) {
    if (place.type !== 'GPE' && place.type !== 'NORP') continue;
    for (const p of place.mentions)
      for (const m of org.mentions) {
        const before =
          p.end <= m.start && m.start - p.end < 40 && PLACE_BEFORE.test(text.slice(p.end, m.start));
        const after =
          m.end <= p.start &&
          p.start - m.end < 10 &&
          PLACE_AFTER.test(text.slice(m.end, p.start)) &&
          /^['’]/u.test(text.slice(p.end, p.end + 1));
        const country = before || after ? countryOf(place, entities) : null;
        if (country) countries.add(country);
      }
  }
  return countries;
}

/**
 * "The Spanish group", "the US firm" after the group nouns' rules picked an
 * organisation (group-speaker.ts): the latest one before it the story placed
 * in that country, unless the pick is placed there ("The Spanish group" is
 * not Jarvis but "Spain's Ferrovial"); else the pick, unless the story
 * places it in another country ("The US firm" is not "Fiat, Italy's largest
 * employer"), then no one.
 */
export function nationalGroup(
  source: Range & { text: string },
  picked: string | null,
  entities: Entity[],
  text: string,
): string | null {
  const adjective = NATIONAL_NOMINAL.exec(source.text.trim())?.[1];
  const org = entities.find((e) => e.id === picked);
  if (!adjective || org?.type !== 'ORG') return picked;
  const at = source.start + source.text.indexOf(adjective);
  const written = entities.find((e) =>
    e.mentions.some((m) => m.start === at && m.end === at + adjective.length),
  );
  const country = written ? countryOf(written, entities) : adjectiveCountry(adjective, entities);
  if (!country) return picked;
  const placed = placedIn(org, entities, text);
  if (placed.has(country)) return picked;
  let best: { id: string; end: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'ORG' || !placedIn(e, entities, text).has(country)) continue;
    for (const m of e.mentions)
      if (m.end <= source.start && (!best || m.end > best.end)) best = { id: e.id, end: m.end };
  }
  return best?.id ?? (placed.size === 0 ? picked : null);
}
