import { defaultAliasTable, surfacesOf } from '../entities/alias-table';
import { normalizeName } from './keys';
import type { ProfileRecord } from './records';

/** A profile keeps at most this many aliases: enough to find an entity, bounded in size. */
export const MAX_ALIASES = 12;

/**
 * Aliases worth storing and searching: acronyms ("PMU", "U.S.") and other
 * multi-word names ("Islamic State"), and any name the reviewed table gives
 * the entity ("Pentagon", "Britain"): an article lists those as its aliases,
 * so search must find them. Other single words are left out: a person's
 * surname gets its own search entry, and single words are mostly partial
 * mentions, which would rewrite profiles for nothing.
 */
export function isKeptAlias(alias: string, entity: { id: string; name: string }): boolean {
  if (alias === entity.name) return false;
  return (
    /^[\p{Lu}\d&.-]{2,10}$/u.test(alias) ||
    /\s/.test(alias.trim()) ||
    defaultAliasTable.lookup(alias)?.id === entity.id
  );
}

/**
 * The aliases an article adds to a profile: kept ones not known yet, while
 * there is room; the name the article gives the entity when the profile has
 * another ("The New York Times" for "New York Times": the profile keeps the
 * first name it was indexed under), then the article's aliases, then every
 * name the reviewed table gives the entity, so "Daesh" finds ISIS before an
 * article says it.
 */
export function aliasesToAdd(found: ProfileRecord, known: ProfileRecord | undefined): string[] {
  const current = known?.aliases ?? [];
  const room = MAX_ALIASES - current.length;
  if (room <= 0) return [];
  const profile = known ?? found;
  const entry = defaultAliasTable.entry(found.id);
  const fresh = [found.name, ...found.aliases, ...(entry ? surfacesOf(entry) : [])].filter(
    // one spelled as the name ("Warner Bros." for "Warner Bros") would search as the name does
    (a) =>
      isKeptAlias(a, profile) && !current.includes(a) && normalizeName(a) !== normalizeName(profile.name),
  );
  return [...new Set(fresh)].slice(0, room);
}
