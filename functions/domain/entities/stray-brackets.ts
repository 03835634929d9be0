import type { Entity } from '../model/document';
import { entityId } from './ids';
import { mergeSameIds } from './merge';

/** A captain's mark: in a team sheet it is the player's before it, no role of the one after. */
const CAPTAINCY = /\((?:capt|captain)\)/i;

const balanced = (s: string) => s.split('(').length === s.split(')').length;

/**
 * Names and roles a bracket cut in two. The tagger's spans start or stop
 * inside a writer's bracket ("I said to Gareth (Thomas, the Wales captain)",
 * "(Dietmar) Hamann", "N Lloyd (Saracens), S Murray"), and the role words
 * before a team sheet's name take the mark of the player before it
 * ("B O'Driscoll (capt), S Horgan" gave Horgan the role "B O'Driscoll
 * (capt)"). A role with an unbalanced bracket or a captain's mark is
 * dropped. A name with one is mended: a closing bracket is dropped
 * ("Dietmar Hamann"), and so is an opening one between a given name and
 * one more word ("Gareth Thomas"); otherwise the name ends before the
 * bracket ("Group of Eight (G8", "N Lloyd (Saracens"). The id follows the
 * name unless the alias table gave it. In the document's view only (./link).
 */
export function mendStrayBrackets(entities: Entity[]): Entity[] {
  let renamed = false;
  const out = entities.map((e) => {
    const roles = e.roles.filter((r) => balanced(r) && !CAPTAINCY.test(r));
    if (balanced(e.name)) return roles.length === e.roles.length ? e : { ...e, roles };
    const name = mended(e.name, e.type === 'PERSON');
    renamed = true;
    const id = e.id === entityId(e.type, e.name) ? entityId(e.type, name) : e.id;
    return { ...e, id, name, roles };
  });
  // the input itself when nothing changed, as the view's other steps return it (./link links once then)
  if (out.every((e, i) => e === entities[i])) return entities;
  return renamed ? mergeSameIds(out) : out;
}

function mended(name: string, person: boolean): string {
  const closing = /^([^()]*)\)\s*(.*)$/.exec(name);
  if (closing) return `${closing[1]} ${closing[2]}`.trim();
  const split = /^(\p{Lu}[\p{L}'’-]+) \(([\p{L}'’-]+)$/u.exec(name);
  if (person && split) return `${split[1]} ${split[2]}`;
  return name.slice(0, name.indexOf('(')).trim() || name.replace(/[()]/g, '').trim();
}
