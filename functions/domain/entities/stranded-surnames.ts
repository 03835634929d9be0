import type { Entity } from '../model/document';
import { firstNameGender } from './first-names';
import { type Gender, honorificBefore } from './honorifics';
import { isKnownName } from './known-names';
import { foldJoined } from './merge';
import { isNameWord } from './person-cues';

const wordsOf = (name: string) => name.split(' ');

/**
 * A bare surname left apart from the one full name in the body that ends
 * on it, because the document's view made that full name after the
 * coreference pass (./coref) had run: "Nicolas Sarkozy of France" typed a
 * body and cut at "of" beside "Mr Sarkozy", "Quincy or Lupoli" split beside
 * "Arturo Lupoli". Not when another person's name opens on the word (a
 * given name: "Howard Flight"), nor when an honorific before the surname
 * says another gender than the full name's ("Mrs Howard" beside Michael
 * Howard is his wife). A surname the tagger typed a place or a body joins
 * too ("Kuznetsova" a place beside Svetlana Kuznetsova) when the
 * gazetteer knows no place, body or people of that name ("Ford" beside
 * Bill Ford is the firm). In the document's view only (./link).
 */
export function joinStrandedSurnames(text: string, entities: Entity[], bodyStart = 0): Entity[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  const bare = entities.filter(
    (e) =>
      wordsOf(e.name).length === 1 &&
      (e.type === 'PERSON' || (isNameWord(e.name) && !isKnownName(e.name) && e.type !== 'NORP')),
  );
  if (bare.length === 0) return entities;
  const full = people.filter(
    (e) => wordsOf(e.name).length > 1 && e.mentions.some((m) => m.start >= bodyStart),
  );
  const joined = new Map<Entity, Entity>();
  for (const e of bare) {
    const ending = full.filter((f) => wordsOf(f.name).at(-1) === e.name);
    const opening = people.some(
      (p) => p !== e && wordsOf(p.name).length > 1 && wordsOf(p.name)[0] === e.name,
    );
    const into = ending[0];
    if (ending.length !== 1 || opening || !into) continue;
    if (e.type !== 'PERSON' && !wordsOf(into.name).every(isNameWord)) continue;
    const told = gendersBefore(text, e);
    const own = genderOf(text, into);
    if (told.size > 1 || (own && told.size === 1 && !told.has(own))) continue;
    joined.set(e, into);
  }
  return foldJoined(entities, joined, true);
}

/** The genders the honorifics before an entity's mentions tell. */
function gendersBefore(text: string, e: Entity): Set<Gender> {
  return new Set(
    e.mentions.map((m) => honorificBefore(text, m.start)).filter((g): g is Gender => g !== undefined),
  );
}

/** A full name's gender: its honorifics', else its given name's. */
function genderOf(text: string, e: Entity): Gender | undefined {
  const told = gendersBefore(text, e);
  if (told.size === 1) return [...told][0];
  if (told.size > 1) return undefined;
  return firstNameGender(wordsOf(e.name)[0] as string) ?? undefined;
}
