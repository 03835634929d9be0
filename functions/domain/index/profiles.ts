import type { ProfileRecord } from './records';

/** A profile keeps at most this many aliases: enough to find an entity, bounded in size. */
export const MAX_ALIASES = 12;

/**
 * Aliases worth storing and searching: acronyms ("PMU", "U.S.") and other
 * multi-word names ("Islamic State"). A bare surname is left out: a person's
 * surname gets its own search entry, and single words are mostly partial
 * mentions, which would rewrite profiles for nothing.
 */
export function isKeptAlias(alias: string, name: string): boolean {
  return alias !== name && (/^[\p{Lu}\d&.-]{2,10}$/u.test(alias) || /\s/.test(alias.trim()));
}

/** The aliases an article adds to a profile: kept ones not known yet, while there is room. */
export function aliasesToAdd(found: ProfileRecord, known: ProfileRecord | undefined): string[] {
  const current = known?.aliases ?? [];
  const room = MAX_ALIASES - current.length;
  if (room <= 0) return [];
  const fresh = found.aliases.filter(
    (a) => isKeptAlias(a, found.name) && !current.includes(a) && a !== known?.name,
  );
  return [...new Set(fresh)].slice(0, room);
}
