import type { Entity } from '../model/document';
import { adjectiveCountry, isUnnamed } from './group-speaker';

/**
 * "Russian authorities said", "Japanese government officials", "Polish ministers": a state's
 * officials speak as their country, as "US officials" (a place named inside)
 * and "the Russian government" already do. The adjective must be a
 * nationality the tagger marked (so "Western officials" is no Westminster)
 * and the article must name the country; else no one. Media, firms and
 * people ("Russian newspapers", "Pakistani investors", "The French") are no
 * officials and stay unlinked.
 */
export function nationalOfficials(
  source: { start: number; text: string },
  entities: Entity[],
): string | null {
  const found = OFFICIALS.exec(source.text);
  const adjective = found?.[1];
  if (!found || !adjective) return null;
  const at = source.start + source.text.indexOf(adjective);
  const nationality = entities.some(
    (e) => e.type === 'NORP' && e.mentions.some((m) => m.start === at && m.text === adjective),
  );
  if (!nationality) return null;
  // "British" finds the UK by any of its names; a country the article never names is no one
  const country = adjectiveCountry(adjective, entities);
  return country && !isUnnamed(country) ? country : null;
}

/** An adjective, optionally "government", then a plural of state officials: the whole source. */
const OFFICIALS =
  /^\s*(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+)\s+(?:government\s+)?(?:officials|authorities|ministers|diplomats)\s*$/u;
