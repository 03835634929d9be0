import type { Entity } from '../model/document';
import { isCommonWord } from './common-words';
import { foldJoined } from './merge';

/**
 * Forms of one given name, each set one name (reviewed by hand): a name
 * shared by two given names ("Alex": Alexander, Alexandra) is in neither.
 */
const VARIANT_SETS = [
  ['Steven', 'Stephen', 'Steve', 'Stevie'],
  ['William', 'Bill', 'Billy', 'Will', 'Willie'],
  ['Michael', 'Mike', 'Mick', 'Mickey', 'Micky'],
  ['Anthony', 'Antony', 'Tony'],
  ['Robert', 'Bob', 'Bobby', 'Rob', 'Robbie'],
  ['Richard', 'Rick', 'Ricky', 'Rich', 'Dick'],
  ['Thomas', 'Tom', 'Tommy'],
  ['James', 'Jim', 'Jimmy', 'Jamie'],
  ['Joseph', 'Joe', 'Joey'],
  ['Edward', 'Ed', 'Eddie', 'Ted', 'Teddy'],
  ['Daniel', 'Dan', 'Danny'],
  ['David', 'Dave', 'Davey'],
  ['Christopher', 'Chris'],
  ['Andrew', 'Andy'],
  ['Nicholas', 'Nicolas', 'Nick', 'Nicky'],
  ['Matthew', 'Matt'],
  ['Peter', 'Pete'],
  ['Benjamin', 'Ben', 'Benny'],
  ['Kenneth', 'Ken', 'Kenny'],
  ['Ronald', 'Ron', 'Ronnie'],
  ['Donald', 'Don', 'Donnie'],
  ['Gregory', 'Greg'],
  ['Jonathan', 'Jon', 'Jonny'],
  ['John', 'Johnny'],
  ['Timothy', 'Tim', 'Timmy'],
  ['Patrick', 'Pat', 'Paddy'],
  ['Frederick', 'Fred', 'Freddie', 'Freddy'],
  ['Charles', 'Charlie', 'Chuck'],
  ['Philip', 'Phillip', 'Phil'],
  ['Lawrence', 'Laurence', 'Larry'],
  ['Raymond', 'Ray'],
  ['Rafael', 'Rafa'],
  ['Terence', 'Terry'],
  ['Elizabeth', 'Liz', 'Lizzie'],
  ['Margaret', 'Maggie', 'Peggy'],
  ['Jennifer', 'Jenny'],
  ['Susan', 'Sue', 'Susie'],
  ['Deborah', 'Debbie'],
  ['Victoria', 'Vicky', 'Vicki'],
  ['Rebecca', 'Becky'],
];

/** Each form's set, by the set's first form. */
const NAME_OF = new Map(VARIANT_SETS.flatMap((set) => set.map((form) => [form, set[0] as string] as const)));

const wordsOf = (name: string) => name.split(/\s+/);

/** Spellings a transliteration's "k" for "c" tells apart ("Viktor", "Victor"; "Karl", "Carl") are one name. */
const spelled = (given: string) => given.replace(/k/g, 'c').replace(/K/g, 'C');

/**
 * One person goes by several forms of a given name in an article ("Steve
 * Gerrard", "Steven Gerrard", "Stevie"), which the coreference pass
 * (./coref) takes for people apart: full names whose given names are forms
 * of one name (VARIANT_SETS, or spelled with "k" for "c") and whose other
 * words are the same are one person, named by the form most mentions use; a bare surname then joins it
 * when no other person's name ends in it, and a bare form of its given name
 * when no other person's given name is that name and the form is no common
 * word ("Bill", "Will") nor a later word of a full name ("Jonathan
 * Thomas"). Two given names ("Gary Neville", "Phil Neville") are two
 * people. In the document's view only (./link): the attribution model's
 * trainer saw the entities coref made.
 */
export function joinGivenNameVariants(entities: Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  const full = people.filter((e) => wordsOf(e.name).length >= 2);
  const bare = people.filter((e) => wordsOf(e.name).length === 1);
  const byPerson = new Map<string, Entity[]>();
  for (const e of full) {
    const [given, ...rest] = wordsOf(e.name);
    const form = spelled(given as string);
    const name = NAME_OF.get(given as string) ?? NAME_OF.get(form) ?? form;
    const key = `${name} ${rest.join(' ')}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), e]);
  }
  if (byPerson.size === 0) return entities;
  const surnames = countOf(full.map((e) => wordsOf(e.name).at(-1) as string));
  const givenNames = countOf([...byPerson.keys()].map(givenOf));
  // "the lurking Thomas" beside "Jonathan Thomas" and "Tom Shanklin" is a surname
  const laterWords = new Set(full.flatMap((e) => wordsOf(e.name).slice(1)));
  const joined = new Map<Entity, Entity>();
  for (const [key, forms] of byPerson) {
    const head = [...forms].sort(
      (a, b) => b.mentions.length - a.mentions.length || b.name.length - a.name.length,
    )[0] as Entity;
    for (const e of forms) if (e !== head) joined.set(e, head);
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    const name = givenOf(key);
    const soleSurname = forms.length > 1 && surnames.get(surname) === forms.length;
    const soleGivenName = givenNames.get(name) === 1;
    for (const e of bare) {
      if (soleSurname && e.name === surname) joined.set(e, head);
      else if (
        soleGivenName &&
        NAME_OF.get(e.name) === name &&
        !isCommonWord(e.name) &&
        !laterWords.has(e.name) &&
        !isFormOf(e.name, forms)
      )
        joined.set(e, head);
    }
  }
  // a one-word name is a partial one (no alias)
  return foldJoined(entities, joined, (from) => wordsOf(from.name).length === 1);
}

const givenOf = (key: string) => key.slice(0, key.indexOf(' '));

function countOf(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** A bare given name one of the full names starts with is coref's to join, not this rule's. */
const isFormOf = (given: string, forms: Entity[]) => forms.some((e) => wordsOf(e.name)[0] === given);
