import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable, surfacesOf } from './alias-table';
import { isKnownCountry, isKnownOrganisation } from './known-names';
import { ROLE_NOUNS } from './lexicons';
import { cutInTwo, isKnownAs } from './name-parts';

/** A name, a possessive "'s" and a capitalised name after it. */
const POSSESSIVE = /^(\p{Lu}.*?)['’]s (\p{Lu}.*)$/u;
/** A saint owns no place named for them ("St George's Chapel", ./saint-possessives). */
const SAINT = /^(?:St\.?|Saint) /u;
/** One word, then a name: "Sony PSP". */
const MAKER_FIRST = /^(\p{Lu}[\p{L}-]*) (\p{Lu}.*)$/u;

/**
 * A body's or a country's name and the name of what it owns, run together
 * by the tagger over a possessive, are two entities: "the UK's Department
 * for International Development", "the FDA's Office of Drug Safety",
 * "Sony's PlayStation". Cut only when the owner is known as an organisation
 * or a country on its own (./name-parts isKnownAs), so names with a possessive
 * inside stay whole ("Lloyd's of London", "Guy's Hospital", "New Year's
 * Day"), and so does a post's office ("US Trade Representative's Office",
 * "Information Commissioner's Office"). So too, with no possessive, a
 * known firm and its product the alias table has, written so ("Sony PSP",
 * "Nintendo GameBoy", typed a firm: "the company" then went to the product;
 * not "Freddie Mac", "BBC America", "USA Today"). In the document's view only (./link).
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
  // a firm makes the product: not a country ("USA Today")
  const isMaker = (name: string, from: Entity) =>
    isKnownAs(name, ['ORG'], from, entities, table, isKnownOrganisation);
  return cutInTwo(
    entities,
    (from, mention) => {
      const [, owner, owned] = POSSESSIVE.exec(mention.text) ?? [];
      if (owner && owned)
        return !isPost(owner) && !SAINT.test(owner) && isOwner(owner, from) ? [owner, owned] : undefined;
      // a firm's or person's type is the tagger's guess
      if (from.type !== 'ORG' && from.type !== 'PERSON') return undefined;
      const [, maker, product] = MAKER_FIRST.exec(mention.text) ?? [];
      // the product first, the one lookup few names pass; the table's own name ("Apple Mac") stays whole
      return maker &&
        product &&
        isProduct(product, table) &&
        !table.lookup(mention.text) &&
        isMaker(maker, from)
        ? [maker, product]
        : undefined;
    },
    table,
  );
}

/** A post, not a body: its last word heads a role ("US Trade Representative"). */
function isPost(name: string): boolean {
  return ROLE_NOUNS.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? '');
}

/** A thing the alias table knows, written as it has it: "PSP" (not a place, "America"). */
function isProduct(name: string, table: AliasTable): boolean {
  const entry = table.lookup(name);
  return entry?.type === 'MISC' && surfacesOf(entry).includes(name);
}
