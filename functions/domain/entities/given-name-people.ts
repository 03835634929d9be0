import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isFirstName } from './first-names';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { ROLE_NOUNS } from './lexicons';
import { retypeEntities } from './merge';
import { isNameWord } from './person-cues';

/** A lower-case role word right before the name, or the last part of one: "writer-director Sofia Coppola". */
const ROLE_BEFORE = /(?:^|[^\p{L}-])(?:[\p{Ll}]+-)*([\p{Ll}]+)\s+$/u;
/** Who directed a film: "directed by Sofia Coppola". */
const DIRECTED_BY = /\bdirected\s+by\s+$/;
/** A player's sets after the name: "beat Russia's Elena Bovina 1-6 6-1 6-4". */
const SETS_AFTER = /^\s+\d{1,2}-\d{1,2}\s+\d{1,2}-\d{1,2}\b/;
/**
 * Two sets or more of a tennis score, a tie-break in brackets and commas as
 * web pages write them: "7-6 (5), 7-6 (7)", "6-3 7-6 (10-8)", "7-5, 6-2".
 */
const SCORE_AFTER = /^ [0-7]-[0-7](?: \(\d{1,2}(?:[-/]\d{1,2})?\))?,? [0-7]-[0-7]\b/;
/** A name before the film it is known for: "the Whitney Houston film The Bodyguard". */
const FILM_AFTER = /^\s+(?:film|movie)\s+\p{Lu}/u;
/** A middle initial: the "M." of "John M. Ford". */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * A given name and a surname (a middle initial between them or not) the
 * tagger typed as no person ("writer-director Sofia Coppola" an organisation,
 * "the Whitney Houston film The Bodyguard" a place, "author John M. Ford" an
 * organisation through the carmaker's name) is a person when the words around one of its mentions say so: a
 * role word or "directed by" before it, a tennis score or a film after it.
 * Before a score's sets any two name words will do ("Gael Monfils 7-5, 6-2").
 * Firms and places named after people ("Morgan Stanley", "Merrill Lynch",
 * "George Street") come with no such words, and a name the alias table or
 * the gazetteer knows keeps its type. In the document's view only (./link).
 */
export function retypeGivenNamePeople(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type !== 'PERSON' &&
    ((isGivenNameAndSurname(e.name, table) && e.mentions.some((m) => isPersonCued(text, m.start, m.end))) ||
      // the score first: most names are before none, and the name's table lookups cost more
      (e.mentions.some((m) => SCORE_AFTER.test(text.slice(m.end, m.end + 24))) && isTwoNames(e.name, table)))
      ? 'PERSON'
      : undefined,
  );
}

function isGivenNameAndSurname(name: string, table: AliasTable): boolean {
  const words = name.split(' ');
  // A middle initial between them ("author John M. Ford") changes nothing.
  if (words.length === 3 && MIDDLE_INITIAL.test(words[1] as string)) words.splice(1, 1);
  return (
    words.length === 2 && isFirstName(words[0] as string) && words.every(isNameWord) && isUnknown(name, table)
  );
}

/**
 * Two name words no table knows: a player before the sets of a score
 * ("defeated Gael Monfils 7-5, 6-2", "Potito Starace 6-1 6-3") needs no given
 * name the first-name list holds; a team or country before one is known or
 * one word.
 */
function isTwoNames(name: string, table: AliasTable): boolean {
  const words = name.split(' ');
  return words.length === 2 && words.every(isNameWord) && isUnknown(name, table);
}

function isUnknown(name: string, table: AliasTable): boolean {
  return !table.lookup(name) && !isKnownOrganisation(name) && !isKnownPlace(name);
}

function isPersonCued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  const role = ROLE_BEFORE.exec(before)?.[1];
  return (
    (role !== undefined && ROLE_NOUNS.has(role)) ||
    DIRECTED_BY.test(before) ||
    SETS_AFTER.test(after) ||
    FILM_AFTER.test(after)
  );
}
