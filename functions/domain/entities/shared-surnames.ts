import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isFirstName } from './first-names';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { retypeEntities } from './merge';
import { isNameWord } from './person-cues';
import { mayBeGivenName } from './surname-people';

const AND_BEFORE = / and $/;

/**
 * Two name words the tagger typed as no person whose last is the surname of
 * another person named in full in the article are a relative or namesake of
 * theirs ("Joe and Hunter Biden", "the beauty brand … Kylie Jenner"), when
 * the first is a listed given name or the name comes right after a person
 * and "and" ("Shane Williams and Ceri Sweeney"). Unknown first words alone
 * are no cue: "Bethnal Green" beside a "Stepney Green", "Ewood Park".
 * ./surname-people joins a full name to its bare surname; this one keeps
 * two people apart. In the document's view only (./link).
 */
export function retypeSharedSurnames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  const surnames = new Set(people.filter((e) => e.name.includes(' ')).map((e) => e.name.split(' ').at(-1)));
  if (surnames.size === 0) return entities;
  const personEnds = new Set(people.flatMap((e) => e.mentions.map((m) => m.end)));
  const others = new Set(entities.map((e) => e.name));
  const afterPerson = (e: Entity) =>
    e.mentions.some((m) => AND_BEFORE.test(text.slice(m.start - 5, m.start)) && personEnds.has(m.start - 5));
  return retypeEntities(entities, (e) =>
    e.type !== 'PERSON' &&
    isSurnamed(e.name, surnames, table) &&
    ((isFirstName(e.name.split(' ')[0] as string) &&
      mayBeGivenName(e.name.split(' ')[0] as string, others, table, false)) ||
      afterPerson(e))
      ? 'PERSON'
      : undefined,
  );
}

function isSurnamed(name: string, surnames: Set<string | undefined>, table: AliasTable): boolean {
  const words = name.split(' ');
  return (
    words.length === 2 &&
    surnames.has(words[1]) &&
    words.every(isNameWord) &&
    !table.lookup(name) &&
    !isKnownOrganisation(name) &&
    !isKnownPlace(name)
  );
}
