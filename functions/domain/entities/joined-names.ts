import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { cutInTwo, isKnownAs } from './name-parts';

/** Two capitalised names with "and" between them; the first no "X of …" or "X for …" a shared head runs on ("University of the Highlands and Islands", "Department for Work and Pensions"). */
const JOINED = /^(\p{Lu}(?:(?! (?:of|for) ).)*?) and (\p{Lu}.*)$/u;
/** A number or "of" right after: the second name runs on past the mention ("Robocop 2", "News 24", "House of the Dead"). */
const RUNS_ON = /^\s+(?:\d|of\b)/u;

/**
 * Two organisations the tagger ran together over "and" are two entities:
 * "Sony and Philips", "the IMF and World Bank", "Siemens and Cadbury
 * Schweppes" were one organisation each. An organisation's mention is cut
 * when its two names differ and one of them is known as an organisation on
 * its own (./name-parts isKnownAs: the article's, the alias table's or the
 * gazetteer's, "CIA" but not "Cia"); and the whole is known
 * as no name ("Trinidad and Tobago"), the first holds no "of" or "for" and
 * the second runs on past the mention into no number or "of". Each name joins the entity of that name in the article, or makes
 * one (./name-parts). In the document's view only (./link).
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
      if (!(known(left, from) || known(right, from)) || wholeIsKnown(mention, table)) return undefined;
      return RUNS_ON.test(text.slice(mention.end, mention.end + 4)) ? undefined : [left, right];
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
