import { isWorkCued } from '../entities/work-cues';
import type { Entity } from '../model/document';

/**
 * A kind of work the entity layer's cues lack, then perhaps the titles
 * listed before it: "single Hey Ya", "children's shows Number 73 and
 * Motormouth". Not a bare "shows" ("the poll shows Ann Lee ahead"). At most
 * three words per title before "and", read in a 60-character window.
 */
const WORK_BEFORE =
  /(?<![\p{L}-])(?:single|(?:TV|television|children's|children’s|comedy|chat)\s+shows?)\s+(?:[\p{Lu}\d][^\s,]*\s+){0,3}?(?:and\s+)?$/u;

/**
 * Whether a "person" is only ever named as a work's title ("Hey Ya",
 * "Motormouth"), so no "he" or "she" stands for it: the tagger took a
 * title for a name, and the pronoun's speaker is someone else.
 */
export function namesOnlyWorks(text: string, person: Entity): boolean {
  // read once per document's entity, not once per pronoun
  const known = read.get(person);
  if (known !== undefined) return known;
  const works =
    person.mentions.length > 0 &&
    person.mentions.every(
      (m) => isWorkCued(text, m) || WORK_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)),
    );
  read.set(person, works);
  return works;
}
const read = new WeakMap<Entity, boolean>();
