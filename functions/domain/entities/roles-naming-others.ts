import type { Entity } from '../model/document';
import { ROLE_NOUNS } from './lexicons';

/** What may follow a name that ends a role: the role's end, or the next item of a list. */
const LIST_GOES_ON = /^(?:$|\s(?:and|for)\s)/;

/**
 * "of"/"for" before the name: the one the role is of or for ("manager of
 * Johnny Cash", "lawyer for Mr Begg"); the words after it up to the name.
 */
const OWNER = /\b(?:of|for)\b(?!.*\b(?:of|for)\b)(.*)$/i;

/** "of"/"for" before the name with no lower-case role noun after it: not "Top of the Pops presenter Fearne Cotton", the presenter's own title. */
function ownedBy(before: string): boolean {
  const after = OWNER.exec(before)?.[1];
  return after !== undefined && !after.split(' ').some((w) => /^\p{Ll}/u.test(w) && ROLE_NOUNS.has(w));
}

/**
 * Roles that name someone else. In a list of titled people ("BBC Radio 1
 * DJ Trevor Nelson, NME editor Conor McNicholas, …", "his former boss
 * Bernard Ebbers, Scott Sullivan said") the role words read after or before
 * a name run on to the next person's title and name, so one person got
 * "NME editor Conor McNicholas" or "former boss Bernard Ebbers". A role
 * that ends on another person's name, or on one going on into the list
 * ("Kate Winslet and director Mike Leigh"), with words before that name and
 * no "of"/"for" among them but one a role noun follows ("Top of the Pops
 * presenter Fearne Cotton"), is dropped; a name that only modifies the role
 * stays ("Harry Potter director", "former James Bond star"). In the
 * document's view only (./link).
 */
export function dropRolesNamingOthers(entities: Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  if (people.length < 2) return entities;
  // each person's names once, each written once: not again for every entity with a role
  const namesOf = new Map(
    people.map((p) => [
      p,
      [...new Set([p.name, ...p.mentions.map((m) => m.text)])].filter((n) => n.length > 1),
    ]),
  );
  const out = entities.map((e) => {
    if (e.roles.length === 0) return e;
    const namesOther = (r: string) =>
      people.some((p) => p !== e && (namesOf.get(p) as string[]).some((name) => endsOn(r, name)));
    const roles = e.roles.filter((r) => !namesOther(r));
    return roles.length === e.roles.length ? e : { ...e, roles };
  });
  // the input itself when nothing changed, as the view's other steps return it (./link links once then)
  return out.every((e, i) => e === entities[i]) ? entities : out;
}

function endsOn(role: string, name: string): boolean {
  for (let at = role.indexOf(` ${name}`); at >= 0; at = role.indexOf(` ${name}`, at + 1)) {
    const before = role.slice(0, at);
    if (!ownedBy(before) && LIST_GOES_ON.test(role.slice(at + 1 + name.length))) return true;
  }
  return false;
}
