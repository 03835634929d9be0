import type { Entity } from '../model/document';

/**
 * A part someone is said to play, right before its name: "Emma Watson, who
 * plays Hermione", "who played abortionist Vera Drake". Only after "who":
 * "Federer plays Rusedski" in sport names an opponent, a person.
 */
const PLAYED_BEFORE =
  /(?<![\p{L}-])who\s+(?:also\s+|now\s+|once\s+)?(?:plays|played|portrays|portrayed|will\s+play|is\s+playing)\s+(?:the\s+)?(?:[\p{Ll}-]{2,20}\s+){0,2}$/u;
/** What makes the name the part's owner, not the part: "who plays Cheadle's wife". */
const OWNER_AFTER = /^['’]/u;

/**
 * Whether a "person" is only ever named as a part an actor plays, a
 * character no "he", "she" or "the 14-year-old" stands for: the one who
 * plays it is.
 */
export function namesOnlyParts(text: string, person: Entity): boolean {
  // read once per document's entity, not once per source
  const known = read.get(person);
  if (known !== undefined) return known;
  const parts =
    person.mentions.length > 0 &&
    person.mentions.every(
      (m) =>
        PLAYED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
        !OWNER_AFTER.test(text.slice(m.end, m.end + 1)),
    );
  read.set(person, parts);
  return parts;
}
const read = new WeakMap<Entity, boolean>();
