import type { Entity, TextSpan } from '../model/document';
import { retypeEntities } from './merge';

/** A compass point and one name: "North Yorks", "North Dorset", "South Tyneside", "West-Lothian". */
const COMPASS_NAME = /^(?:North|South|East|West|Mid)[\s-]\p{Lu}[\p{L}'’-]{1,24}$/u;
/** A comma or "and" between two items of a list, or a place and its county. */
const GAP = /^(?:,\s|,?\s(?:and|or)\s)$/u;

/**
 * A name opening on a compass point that the tagger typed a person is a
 * place where a mention of it stands next to a place, as a county after
 * its town or an item of a list of places: "MP for Richmond, North
 * Yorks,", "Stops in Shrewsbury, North Dorset, Liverpool", "Hartlepool,
 * North Tyneside and Stoke-on-Trent". No given name is a compass point;
 * a role the roles pass gave it ("MP for Richmond") goes. In the
 * document's view only (./link).
 */
export function retypeCompassPlaces(text: string, entities: Entity[]): Entity[] {
  const candidates = entities.filter((e) => e.type === 'PERSON' && COMPASS_NAME.test(e.name));
  if (candidates.length === 0) return entities;
  const places = entities.flatMap((e) => (e.type === 'GPE' || e.type === 'LOC' ? e.mentions : []));
  const beside = (m: TextSpan) =>
    places.some(
      (p) =>
        (p.end <= m.start && GAP.test(text.slice(p.end, m.start))) ||
        (m.end <= p.start && GAP.test(text.slice(m.end, p.start))),
    );
  const moved = candidates.filter((e) => e.mentions.some(beside));
  if (moved.length === 0) return entities;
  // a place holds no office: "MP for Richmond" before "North Yorks" was read as its role
  const retyped = new Set<Entity>();
  const cleared = entities.map((e) => {
    if (!moved.includes(e)) return e;
    const place = { ...e, roles: [] };
    retyped.add(place);
    return place;
  });
  return retypeEntities(cleared, (e) => (retyped.has(e) ? 'GPE' : undefined));
}
