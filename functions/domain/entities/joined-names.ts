import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { cutInTwo, isKnownAs } from './name-parts';

/** Two capitalised names with "and" or "from" between them; the first no "X of …" or "X for …" a shared head runs on ("University of the Highlands and Islands", "Department for Work and Pensions"). */
const JOINED = /^(\p{Lu}(?:(?! (?:of|for) ).)*?) (?:and|from) (\p{Lu}.*)$/u;
/** A number or "of" right after: the second name runs on past the mention ("Robocop 2", "News 24", "House of the Dead"). */
const RUNS_ON = /^\s+(?:\d|of\b)/u;
/** A number right after, taken into the second name when the alias table knows it so ("Channel 4"). */
const NUMBER_AFTER = /^ \d+(?!\p{L}|\p{N})/u;

/**
 * Two organisations the tagger ran together over "and" or "from" are two
 * entities: "Sony and Philips", "the IMF and World Bank", "Siemens and
 * Cadbury Schweppes", "the BBC from Channel 4" were one organisation each.
 * An organisation's mention is cut when its two names differ, the whole is
 * known as no name ("Trinidad and Tobago"), the first holds no "of" or
 * "for", and either the second with the number after it is a name the
 * alias table knows ("Channel" + " 4"), or one of the two is known as an
 * organisation on its own (./name-parts isKnownAs: the article's, the alias
 * table's or the gazetteer's, "CIA" but not "Cia") and the second runs on
 * past the mention into no number or "of". Each name joins the entity of
 * that name in the article, or makes one (./name-parts). In the document's
 * view only (./link).
 */
export function splitJoinedNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const known = (name: string, from: Entity) =>
    isKnownAs(name, ['ORG'], from, entities, table, isKnownOrganisation);
  return cutInTwo(
    entities,
    (from, mention) => {
      const [, left, right] = JOINED.exec(mention.text) ?? [];
      if (from.type !== 'ORG' || !left || !right || left === right) return undefined;
      if (wholeIsKnown(mention, table)) return undefined;
      const after = text.slice(mention.end, mention.end + 4);
      const number = NUMBER_AFTER.exec(after)?.[0];
      if (number && isKnownAs(right + number, ['ORG'], from, entities, table, () => false))
        return [left, right + number, number.length];
      if (!(known(left, from) || known(right, from))) return undefined;
      return RUNS_ON.test(after) ? undefined : [left, right];
    },
    table,
  );
}

function wholeIsKnown(mention: TextSpan, table: AliasTable): boolean {
  return (
    table.lookup(mention.text) !== undefined ||
    isKnownOrganisation(mention.text) ||
    isKnownPlace(mention.text)
  );
}
