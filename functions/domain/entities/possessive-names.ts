import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownCountry, isKnownOrganisation } from './known-names';
import { ROLE_NOUNS } from './lexicons';
import { cutInTwo, isKnownAs } from './name-parts';

/** A name, a possessive "'s" and a capitalised name after it. */
const POSSESSIVE = /^(\p{Lu}.*?)['’]s (\p{Lu}.*)$/u;

/**
 * A body's or a country's name and the name of what it owns, run together
 * by the tagger over a possessive, are two entities: "the UK's Department
 * for International Development", "the FDA's Office of Drug Safety",
 * "Sony's PlayStation". Cut only when the owner is known as an organisation
 * or a country on its own (./name-parts isKnownAs), so names with a possessive
 * inside stay whole ("Lloyd's of London", "Guy's Hospital", "New Year's
 * Day"), and so does a post's office ("US Trade Representative's Office",
 * "Information Commissioner's Office"). In the document's view only
 * (./link).
 */
export function splitPossessiveNames(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  const isOwner = (name: string, from: Entity) =>
    isKnownAs(
      name,
      ['ORG', 'GPE'],
      from,
      entities,
      table,
      (n) => isKnownOrganisation(n) || isKnownCountry(n),
    );
  return cutInTwo(
    entities,
    (from, mention) => {
      const [, owner, owned] = POSSESSIVE.exec(mention.text) ?? [];
      return owner && owned && !isPost(owner) && isOwner(owner, from) ? [owner, owned] : undefined;
    },
    table,
  );
}

/** A post, not a body: its last word heads a role ("US Trade Representative"). */
function isPost(name: string): boolean {
  return ROLE_NOUNS.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? '');
}
