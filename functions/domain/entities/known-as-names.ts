import type { Entity } from '../model/document';
import { foldJoined } from './merge';

/** A second name set off after a person's ("Mahmoud Abbas, also known as Abu Mazen", "Moya, nicknamed Charly"). */
const SET_OFF = /[,(] ?(?:also |better |otherwise )?(?:known as|nicknamed) $/u;
/** A name the people around a person used, told after the sentence that names him ("Everyone called him Mike."). */
const CALLED = /\bcalled (?:him|her) $/u;
/** Where the sentence before the cue starts: after the last end of a sentence but one. */
const SENTENCE_END = /[.!?]["”’]? /gu;

/**
 * A person the article names by a second name it gives as his ("James
 * Rigney (better known as Robert Jordan)", "Everyone called him Mike"),
 * which the coreference pass (./coref) took for another person, is one
 * person with it, under his first name (the second an alias): set off
 * right after his, or follows "called him/her" where he is the one person
 * named in full in that sentence and the one before, the name closing
 * the clause ("called him Tony Blair's poodle" names another). People only: a blog or
 * a band "known as" is no name of its writer's. In the document's view only
 * (./link).
 */
export function joinKnownAsNames(text: string, entities: Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  const joined = new Map<Entity, Entity>();
  for (const second of people) {
    for (const m of second.mentions) {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const cut = before.search(SET_OFF);
      const first =
        cut >= 0
          ? nameEndingAt(people, m.start - before.length + before.slice(0, cut).trimEnd().length)
          : CALLED.test(before) && /^[.,;!?]/u.test(text.slice(m.end, m.end + 1))
            ? soleNamedBefore(text, people, m.start)
            : undefined;
      if (first && first !== second && !joined.has(first) && !joined.has(second)) joined.set(second, first);
    }
  }
  return foldJoined(entities, joined, false);
}

const nameEndingAt = (people: Entity[], end: number) =>
  people.find((e) => e.mentions.some((o) => o.end === end));

/** The one person named in full in the sentence of `at` and the one before, before `at`. */
function soleNamedBefore(text: string, people: Entity[], at: number): Entity | undefined {
  const ends = [...text.slice(0, at).matchAll(SENTENCE_END)].map((e) => (e.index ?? 0) + e[0].length);
  const from = ends.at(-2) ?? 0;
  const named = people.filter((e) =>
    e.mentions.some((o) => o.start >= from && o.end <= at && o.text.includes(' ')),
  );
  return named.length === 1 ? named[0] : undefined;
}
