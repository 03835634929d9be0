import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { type Cut, cutIntoParts } from './name-parts';

/** Two capitalised names with "and" between them; the first no "X of …" a shared head runs on ("University of the Highlands and Islands"). */
const JOINED = /^(\p{Lu}(?:(?! of ).)*?) and (\p{Lu}.*)$/u;
/** A number right after: the second name runs on past the mention ("Robocop 2", "News 24"). */
const RUNS_ON = /^\s+\d/u;

/**
 * Two organisations the tagger ran together over "and" are two entities:
 * "Sony and Philips", "the IMF and World Bank", "Siemens and Volkswagen"
 * were one organisation each. An organisation's mention is cut when its two
 * names differ and each is known on its own, as another entity of the
 * article that is no person, an entry of the alias table, or an
 * organisation of the gazetteer, and the whole is known as none of these
 * ("Trinidad and Tobago", "Johnson and Johnson" stay whole). Each name joins
 * the entity of that name in the article, or makes one (./name-parts). In
 * the document's view only (./link).
 */
export function splitJoinedNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const known = (name: string, from: Entity) => knownAlone(name, from, entities, table);
  const cuts: Cut[] = [];
  for (const from of entities.filter((e) => e.type === 'ORG'))
    for (const mention of from.mentions) {
      const [, left, right] = JOINED.exec(mention.text) ?? [];
      if (!left || !right || left === right || !known(left, from) || !known(right, from)) continue;
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

/** Whether a name is another entity of the article that is no person, or the alias table or the gazetteer knows it as no person. */
function knownAlone(name: string, from: Entity, entities: Entity[], table: AliasTable): boolean {
  const entry = table.lookup(name);
  return (
    entities.some(
      (e) => e !== from && e.type !== 'PERSON' && (e.name === name || e.aliases.includes(name)),
    ) ||
    (entry !== undefined && entry.type !== 'PERSON') ||
    isKnownOrganisation(name)
  );
}

function wholeIsKnown(mention: TextSpan, table: AliasTable): boolean {
  return (
    table.lookup(mention.text) !== undefined ||
    isKnownOrganisation(mention.text) ||
    isKnownPlace(mention.text)
  );
}
