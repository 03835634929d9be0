import type { EntityType } from '../model/document';
import { memoBounded } from '../text/memo';

/** Lower-case ASCII slug: accents dropped, anything else becomes a hyphen. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}

/**
 * Canonical id: type and name, stable across articles ("person.patrick-ryder").
 * Abbreviations are written out and a leading "The" dropped, so "Downing St"
 * and "Downing Street", "The Times" and "Times" get one id.
 */
export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}.${nameSlug(name) || 'x'}`;
}

/** The id's name part, cached: every linking step makes ids again for the same names. */
const nameSlug = memoBounded(
  (name: string) => slugify(expandAbbreviations(name).replace(/^the\s+/i, '')),
  50_000,
);

/** Abbreviations that may end a place name, and those that may head one. */
const LAST: Record<string, string> = { St: 'Street', Ave: 'Avenue', Rd: 'Road' };
const FIRST: Record<string, string> = { St: 'Saint', Mt: 'Mount' };

/**
 * Place-name abbreviations written out: "St" ending a name is a street
 * ("Downing St"), anywhere else a saint ("St Albans", "Paris St Germain",
 * "St-Etienne"); "Mt" heads a mountain, "Ave" and "Rd" end a street.
 */
export function expandAbbreviations(name: string): string {
  const words = name.split(/(\s+)/);
  const last = words.length - 1;
  return words
    .map((w, i) => {
      const [, abbr, rest] = /^(\p{Lu}\p{Ll}{1,2})\.?(-.*)?$/u.exec(w) ?? [];
      if (!abbr) return w;
      const full = i === last && i > 0 && !rest ? LAST[abbr] : i < last || rest ? FIRST[abbr] : undefined;
      return full ? full + (rest ?? '') : w;
    })
    .join('');
}

/** Lookup key for a surface form: case, accents, dots, abbreviations and a leading "the" ignored (cached: names recur across mentions and articles). */
export const aliasKey: (surface: string) => string = memoBounded(computeAliasKey, 50_000);

function computeAliasKey(surface: string): string {
  return expandAbbreviations(surface)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
