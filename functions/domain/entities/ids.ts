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

/** Canonical id: type and name, stable across articles ("person.patrick-ryder"). */
export function entityId(type: EntityType, name: string): string {
  const slug = slugify(name);
  return `${type.toLowerCase()}.${slug || 'x'}`;
}

/** Lookup key for a surface form: case, accents, dots and a leading "the" ignored (cached: names recur across mentions and articles). */
export const aliasKey: (surface: string) => string = memoBounded(computeAliasKey, 50_000);

function computeAliasKey(surface: string): string {
  return surface
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
