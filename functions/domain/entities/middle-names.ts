import type { Entity } from '../model/document';
import { foldJoined } from './merge';

const wordsOf = (name: string) => name.split(' ');

/** A middle name spelled out ("Milo"), not an initial ("M.", "W"). */
const SPELLED = /^\p{Lu}\p{Ll}+$/u;

/**
 * A person an article names once in full, middle names spelled out ("John
 * Milo Ford was born", "Sir Anthony John Charles Meyer"), and elsewhere by
 * given name and surname, with the middle's initials or none ("John M.
 * Ford", "Anthony Meyer"), is one person, named as most mentions name him;
 * then a bare surname joins him when no other full name ends in it. Not a
 * short form with an initial the long form lacks, nor any of the group when
 * another name with that given name and surname fits the long form no way:
 * "George W Bush" beside "George Bush" are two presidents. In the
 * document's view only (./link).
 */
export function joinMiddleNames(entities: Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  const joined = new Map<Entity, Entity>();
  for (const long of people) {
    const words = wordsOf(long.name);
    const middle = words.slice(1, -1);
    if (middle.length === 0 || !middle.every((w) => SPELLED.test(w))) continue;
    const namesakes = people.filter((e) => {
      const w = wordsOf(e.name);
      return e !== long && w.length >= 2 && w[0] === words[0] && w.at(-1) === words.at(-1);
    });
    const initials = middle.map((w) => w[0]).join('');
    const fits = (e: Entity) => {
      const own = wordsOf(e.name).slice(1, -1);
      return own.length === 0 || own.map((w) => w.replace(/\.$/u, '')).join('') === initials;
    };
    if (namesakes.length === 0 || !namesakes.every(fits)) continue;
    const group = [long, ...namesakes];
    const head = [...group].sort(
      (a, b) => b.mentions.length - a.mentions.length || a.name.length - b.name.length,
    )[0] as Entity;
    for (const e of group) if (e !== head) joined.set(e, head);
    const surname = words.at(-1) as string;
    const others = people.filter(
      (e) => !group.includes(e) && wordsOf(e.name).length >= 2 && wordsOf(e.name).at(-1) === surname,
    );
    if (others.length > 0) continue;
    for (const e of people) if (e.name === surname) joined.set(e, head);
  }
  // a bare surname is a partial name (no alias)
  return foldJoined(entities, joined, (from) => wordsOf(from.name).length === 1);
}
