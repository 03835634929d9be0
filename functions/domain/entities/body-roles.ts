import type { Entity } from '../model/document';

/** Every word capitalised: a title as a name writes it ("General", "Organiser Mean"). */
const TITLE_CASE = /^\p{Lu}\S*(?:\s\p{Lu}\S*)*$/u;

/**
 * A body, place or work holds no title in capitals: the roles pass read it
 * off the name's own words or the sentence's first ("General Mills", "security
 * firm Saint Bernard Software", "Father Christmas", "Organiser Mean Fiddler
 * said"). A lower-case calling before a firm stays ("market leader Diageo").
 * In the document's view only (./link).
 */
export function dropBodyTitles(entities: Entity[]): Entity[] {
  const out = entities.map((e) => {
    if (e.type === 'PERSON' || !e.roles.some((r) => TITLE_CASE.test(r))) return e;
    return { ...e, roles: e.roles.filter((r) => !TITLE_CASE.test(r)) };
  });
  return out.every((e, i) => e === entities[i]) ? entities : out;
}
