import type { Entity } from '../model/document';
import type { AliasTable } from './alias-table';
import { mergeBy } from './merge';

/** A word's plural "s", on words of five letters or more ("Disasters", "Unions"; not "News", "Arts", "Swiss"). */
const PLURAL_S = /^(\p{L}{4,}[^s\s])s$/u;

/**
 * A body's name as writers vary it, a word's plural "s" on or off
 * ("Disasters Emergency Committee" and "Disaster Emergency Committee",
 * "Trades Union Congress" and "Trade Unions Congress"): the same words
 * with every such "s" dropped, and a leading "The". Names of one word are left alone.
 */
function variantKey(e: Entity): string {
  const words = e.name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/);
  if (e.type === 'PERSON' || words.length < 2) return `\u0000${e.id}`;
  return words.map((w) => PLURAL_S.exec(w)?.[1] ?? w).join(' ');
}

/**
 * Names of several words that differ only in such an "s" are one entity,
 * the one with most mentions kept (on a tie, one the alias table knows,
 * else the first), so an acronym has one long form to join ("DEC";
 * ./acronym-entities). In the document's view only (./link).
 */
export function joinPluralVariants(entities: Entity[], table: AliasTable): Entity[] {
  const rank = (e: Entity) => e.mentions.length * 2 + (table.lookup(e.name) ? 1 : 0);
  const merged = mergeBy(entities, variantKey, (group) =>
    group.reduce((best, e) => (rank(e) > rank(best) ? e : best)),
  );
  return merged === entities
    ? entities
    : merged.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
