import type { Entity } from '../model/document';
import { ROLE_NOUNS } from './lexicons';

/** " is (the) technology correspondent for The World": up to two lower-case words, the role noun, its link and a capitalised body. */
const COPULA_ROLE =
  /^ is (?:the |an? )?((?:\p{Ll}[\p{Ll}-]{0,20} ){0,2}(\p{Ll}+) (?:of|for|at|with) (?:the )?[\p{Lu}\d][^\s,.;:]{0,30}(?: (?:of |and |the )?[\p{Lu}\d][^\s,.;:]{0,30}){0,5})/u;

/**
 * A person's post stated with "is" after the name: "Clark Boyd is technology
 * correspondent for The World", "Simon Perry is the editor of …", "Ras Kwame
 * is host of 100% Homegrown". Not "was": a past post, an award ("was best
 * actress for …") or a stance ("was a strong defender of …"). In the
 * document's view only (./link).
 */
export function readCopulaRoles(text: string, entities: Entity[]): Entity[] {
  let changed = false;
  const read = entities.map((e) => {
    if (e.type !== 'PERSON') return e;
    const roles = e.mentions.flatMap((m) => {
      const found = COPULA_ROLE.exec(text.slice(m.end, m.end + 200));
      return found?.[1] && ROLE_NOUNS.has(found[2] as string) ? [found[1]] : [];
    });
    const fresh = roles.filter((r) => !e.roles.includes(r));
    if (fresh.length === 0) return e;
    changed = true;
    return { ...e, roles: [...e.roles, ...new Set(fresh)] };
  });
  // the same list when nothing is read, as the linking returns one list for both views then
  return changed ? read : entities;
}
