import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable, surfacesOf } from './alias-table';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { type Cut, cutIntoParts } from './name-parts';

/** Two capitalised names with "and" between them; the first no "X of …" or "X for …" a shared head runs on ("University of the Highlands and Islands", "Department for Work and Pensions"). */
const JOINED = /^(\p{Lu}(?:(?! (?:of|for) ).)*?) and (\p{Lu}.*)$/u;
/** A number or "of" right after: the second name runs on past the mention ("Robocop 2", "News 24", "House of the Dead"). */
const RUNS_ON = /^\s+(?:\d|of\b)/u;

/**
 * Two organisations the tagger ran together over "and" are two entities:
 * "Sony and Philips", "the IMF and World Bank", "Siemens and Cadbury
 * Schweppes" were one organisation each. An organisation's mention is cut
 * when its two names differ and one of them is known as an organisation on
 * its own: another organisation of the article, or one the alias table or
 * the gazetteer knows, written so ("CIA", not "Cia"); and the whole is known
 * as no name ("Trinidad and Tobago"), the first holds no "of" or "for" and
 * the second runs on past the mention into no number or "of". Each name joins the entity of that name in the article, or makes
 * one (./name-parts). In the document's view only (./link).
 */
export function splitJoinedNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const known = (name: string, from: Entity) => isOrganisation(name, from, entities, table);
  const cuts: Cut[] = [];
  for (const from of entities.filter((e) => e.type === 'ORG'))
    for (const mention of from.mentions) {
      const [, left, right] = JOINED.exec(mention.text) ?? [];
      if (!left || !right || left === right || !(known(left, from) || known(right, from))) continue;
      if (wholeIsKnown(mention, table) || RUNS_ON.test(text.slice(mention.end, mention.end + 4))) continue;
      cuts.push({
        from,
        mention,
        parts: [
          { text: left, start: mention.start },
          { text: right, start: mention.end - right.length },
        ],
      });
    }
  return cutIntoParts(entities, cuts, table);
}

/** Whether a name is another organisation of the article, an organisation of the alias table written so, or one of the gazetteer (which ignores case: a short one only in capitals, "Cia" is no CIA). */
function isOrganisation(name: string, from: Entity, entities: Entity[], table: AliasTable): boolean {
  const entry = table.lookup(name);
  return (
    entities.some((e) => e !== from && e.type === 'ORG' && (e.name === name || e.aliases.includes(name))) ||
    (entry?.type === 'ORG' && surfacesOf(entry).includes(name)) ||
    (isKnownOrganisation(name) && (name.length > 3 || name === name.toUpperCase()))
  );
}

function wholeIsKnown(mention: TextSpan, table: AliasTable): boolean {
  return (
    table.lookup(mention.text) !== undefined ||
    isKnownOrganisation(mention.text) ||
    isKnownPlace(mention.text)
  );
}
