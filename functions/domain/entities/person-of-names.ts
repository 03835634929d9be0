import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownCountry } from './known-names';
import { FIRM_DESIGNATORS, INSTITUTION_WORDS, ORG_WORDS } from './lexicons';
import { retypeEntities } from './merge';
import { cutInTwo } from './name-parts';

/** "Elene Likhotseva of Russia": two or three capitalised words, "of", a country. */
const PERSON_OF =
  /^(\p{Lu}[\p{L}'-]{1,25}(?: \p{Lu}[\p{L}'-]{1,25}){1,2}) of (\p{Lu}[\p{L}.-]{1,25}(?: \p{Lu}[\p{L}.-]{1,25}){0,2})$/u;

/** A peer's title with the place it is of: "Lord Kinnock of Bedwellty", "HRH Duchess of Cornwall". */
const PEER =
  /^(?:HRH )?(?:Lord|Baroness|Baron|Duke|Duchess|Earl|Countess)(?: \p{Lu}[\p{L}'-]{1,25}){0,2} of \p{Lu}/u;

/** Words a body's name has before "of" ("Reserve Bank of Australia", "Tourism Authority of Thailand"). */
const BODY_WORDS = new Set([...ORG_WORDS, ...INSTITUTION_WORDS, 'choir', 'boys', 'queen', 'king', 'prince']);
const isBodyWord = (w: string) => BODY_WORDS.has(w.toLowerCase()) || FIRM_DESIGNATORS.has(w);

/**
 * A player or politician "of" their country the tagger read as one body
 * ("beating Elene Likhotseva of Russia", "Nicolas Sarkozy of France") is a
 * person and the country, cut in two; a name with a body's word before
 * "of" ("Reserve Bank of Australia", "Muslim Council of Britain") stays
 * whole. A peer's title typed a body ("Lord Kinnock of Bedwellty") is the
 * person. In the document's view only (./link).
 */
export function cutPersonOfNames(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  const people = new Set<string>();
  // where each cut country starts: a country made of the cut alone is a place, not the body it was cut from
  const countries = new Set<number>();
  const cut = cutInTwo(
    entities,
    (from, mention) => {
      if (from.type !== 'ORG') return undefined;
      const m = PERSON_OF.exec(mention.text);
      const [name, country] = [m?.[1], m?.[2]];
      if (!name || !country || !isKnownCountry(country) || name.split(' ').some(isBodyWord)) return undefined;
      if (table.lookup(mention.text)) return undefined;
      people.add(name);
      countries.add(mention.end - country.length);
      return [name, country] as const;
    },
    table,
  );
  return retypeEntities(cut, (e) => {
    if (e.type === 'PERSON') return undefined;
    if (people.has(e.name) && !table.lookup(e.name)) return 'PERSON';
    if (e.type === 'ORG' && e.mentions.length > 0 && e.mentions.every((m) => PEER.test(m.text)))
      return 'PERSON';
    return e.type === 'ORG' && e.mentions.length > 0 && e.mentions.every((m) => countries.has(m.start))
      ? 'GPE'
      : undefined;
  });
}
