import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownOrganisation } from './known-names';
import { retypeEntities } from './merge';

/**
 * A player's count in a roundup's box score, closing its item: "Tolivert 25
 * points.", "Osas Osaro 3 goals, 1 assist.", "Armani Sheffield 19 points and
 * 3 steals". Not a lead or a margin, which words follow ("Labour 10 points
 * ahead"), nor runs, tries or wickets, which a side scores.
 */
const STAT_AFTER =
  /^ \d{1,3} (?:points?|goals?|assists?|saves?|steals?|rebounds?|blocks?|tackles?|sacks?|yards|kills|digs|aces|touchdowns?|interceptions?|strikeouts?)(?=[.,;]|\s+and\s|\s*$)/;

/** A name word, inner capitals and an apostrophe's too: "Tolivert", "DeBose", "O'Hara", "Bien-Aime". */
const NAME_WORD = /^\p{Lu}\p{Ll}*(?:[-'’]?\p{Lu}\p{Ll}+){0,2}$/u;

/**
 * A name of one to three name words before a player's count in a box score
 * is the player, a person, whatever the tagger typed: a high-school roundup's
 * "Burgher 10 points. Bozeman 10 points." or "Kyleigh Trout 1 goal." came out
 * bodies. A body the alias table or the gazetteer knows keeps its type. In
 * the document's view only (./link).
 */
export function retypeStatLinePeople(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type !== 'PERSON' &&
    e.mentions.some((m) => STAT_AFTER.test(text.slice(m.end, m.end + 24))) &&
    isPlayerName(e.name, table)
      ? 'PERSON'
      : undefined,
  );
}

function isPlayerName(name: string, table: AliasTable): boolean {
  const words = name.split(' ');
  return (
    words.length <= 3 &&
    words.every((w) => w.length > 1 && NAME_WORD.test(w)) &&
    !table.lookup(name) &&
    !isKnownOrganisation(name)
  );
}
