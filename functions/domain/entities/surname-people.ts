import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isCommonWord } from './common-words';
import { honorificBefore, honorificGender } from './honorifics';
import { entityId } from './ids';
import { isKnownNationality, isKnownOrganisation, isKnownPlace } from './known-names';
import { isDemonym, ROLE_NOUNS } from './lexicons';
import { absorb } from './merge';
import { isNameWord } from './person-cues';

const wordsOf = (name: string) => name.split(/\s+/);
const isHonorific = (word: string) => honorificGender(`${word} `) !== undefined;

/**
 * A full name the tagger typed as no person while its surname alone is a
 * person in the same article ("Cat Deeley" an organisation, "Deeley said"
 * a person) is one person: the coreference pass (./coref) joins surnames to
 * person names only. The same for the surname tagged with its honorific
 * ("Ms Blears" an organisation). A first word that is a place, a
 * nationality, a firm, another name in the article or a common word
 * ("Glasgow Green", "Developer Valve") makes no person, unless an
 * honorific says the surname is one ("Hazel Blears" beside "Ms Blears").
 */
export function joinSurnamePeople(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
  bodyStart = 0,
): Entity[] {
  const surnames = new Map(
    entities.filter((e) => e.type === 'PERSON' && wordsOf(e.name).length === 1).map((e) => [e.name, e]),
  );
  if (surnames.size === 0) return entities;
  // a headline's capitals make no name ("Disputed Nirvana box set on sale")
  const inBody = (e: Entity) => e.mentions.some((m) => m.start >= bodyStart);
  const candidates = entities.filter(
    (e) => e.type !== 'PERSON' && inBody(e) && isWrittenAsName(e, surnames, table),
  );
  if (candidates.length === 0) return entities;
  const replaced = new Map<Entity, Entity | null>();
  const [honoured, named] = partition(candidates, (e) => isHonorific(wordsOf(e.name)[0] as string));
  for (const e of honoured) {
    const person = surnameOf(e, surnames);
    replaced.set(person, absorb(replaced.get(person) ?? person, withoutHonorific(e), { partial: true }));
    replaced.set(e, null);
  }
  const others = new Set(entities.map((e) => e.name));
  const isHonoured = (person: Entity) =>
    honoured.some((e) => surnameOf(e, surnames) === person) ||
    person.mentions.some((m) => honorificBefore(text, m.start) !== undefined);
  for (const [surname, names] of groupBy(named, (e) => wordsOf(e.name).at(-1) as string)) {
    const person = surnames.get(surname) as Entity;
    const given = names.filter((n) => {
      const first = wordsOf(n.name)[0] as string;
      return (
        mayBeGivenName(first, others, table, isHonoured(person)) ||
        placeNamesPerson(text, first, n, others, table)
      );
    });
    const e = given[0] as Entity;
    if (given.length !== 1) continue;
    const full: Entity = { ...e, type: 'PERSON', id: entityId('PERSON', e.name) };
    replaced.set(e, absorb(full, replaced.get(person) ?? person, { partial: true }));
    replaced.set(person, null);
  }
  return entities.flatMap((e) => {
    const now = replaced.get(e);
    return now === undefined ? [e] : now === null ? [] : [now];
  });
}

/** Two or three name words, the last a person's surname in the article, and no name the alias table knows. */
function isWrittenAsName(e: Entity, surnames: Map<string, Entity>, table: AliasTable): boolean {
  const words = wordsOf(e.name);
  if (words.length < 2 || words.length > 3 || table.lookup(e.name)) return false;
  const parts = isHonorific(words[0] as string) ? words.slice(1) : words;
  return parts.length > 0 && parts.every(isNameWord) && surnames.has(words.at(-1) as string);
}

/** What only a person's name has after it: "X, who", "X has said he". */
const PERSON_AFTER =
  /^(?:,\s+who\b|\s+(?:(?:has|had)\s+)?(?:said|says|admitted|insisted|added)\s+(?:that\s+)?(?:he|she)\b)/u;

/**
 * A first word the gazetteer knows as a place or a club is a given name too
 * ("Rio Ferdinand") where the full name itself is said to be a person's
 * ("Rio Ferdinand has said he", "Milan Baros, who"), and the article uses
 * the word for nothing else; the surname's cue is not enough ("Glasgow
 * Green" beside "Green, who").
 */
function placeNamesPerson(
  text: string,
  first: string,
  full: Entity,
  others: Set<string>,
  table: AliasTable,
): boolean {
  if (others.has(first) || table.lookup(first) || isKnownNationality(first)) return false;
  if (!isKnownPlace(first) && !isKnownOrganisation(first)) return false;
  return full.mentions.some((m) => PERSON_AFTER.test(text.slice(m.end, m.end + 30)));
}

/** A plural agent noun before a name is its description ("Bookmakers Ladbrokes"), no given name. */
const AGENT_PLURAL = /(?:er|or|ist|ant|ian)s$/;

export function mayBeGivenName(
  word: string,
  others: Set<string>,
  table: AliasTable,
  honoured: boolean,
): boolean {
  // a calling is the name's description: "Winger Nitoglia"
  if (others.has(word) || table.lookup(word) || ROLE_NOUNS.has(word.toLowerCase())) return false;
  if (isKnownPlace(word) || isKnownOrganisation(word) || isKnownNationality(word) || isDemonym(word))
    return false;
  const common = isCommonWord(word) || (word.endsWith('s') && isCommonWord(word.slice(0, -1)));
  return !(common || AGENT_PLURAL.test(word)) || honoured;
}

const surnameOf = (e: Entity, surnames: Map<string, Entity>) =>
  surnames.get(wordsOf(e.name).at(-1) as string) as Entity;

/** "Ms Blears" as the mentions of "Blears": the honorific is no part of the name. */
function withoutHonorific(e: Entity): Entity {
  const cut = (text: string) => text.length - (wordsOf(text).at(-1) as string).length;
  return {
    ...e,
    name: wordsOf(e.name).at(-1) as string,
    mentions: e.mentions.map((m) => ({
      start: m.start + cut(m.text),
      end: m.end,
      text: m.text.slice(cut(m.text)),
    })),
  };
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
