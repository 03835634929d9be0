import type { Entity } from '../model/document';
import { foldJoined } from './merge';

/** Words that open a surname, written in capitals at a sentence's start: "van Persie", "Van Persie". */
const PARTICLE = /^(?:van|von|de|der|den|di|da|del|della|du|le|la|ter|ten)$/i;
/** A given name cut to its initial, as a lineup writes it: "R de Marigny". */
const INITIAL = /^\p{Lu}{1,2}\.?$/u;

/**
 * A person named by a surname that opens on a particle, bare or after an
 * initial, joins the one full name ending on the same words with the
 * particle in the other case: "Van Persie" is Robin van Persie, "R de
 * Marigny" Roland De Marigny (the coreference pass compares names letter
 * for letter); the initial must open that full name. In the document's
 * view only (./link).
 */
export function joinParticleSurnames(entities: Entity[]): Entity[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  const joined = new Map<Entity, Entity>();
  for (const e of people) {
    const words = e.name.split(' ');
    const at = words.findIndex((w) => PARTICLE.test(w));
    if (at < 0 || at === words.length - 1 || !words.slice(0, at).every((w) => INITIAL.test(w))) continue;
    const tail = words.slice(at).join(' ');
    const into = people.filter((f) => {
      const fw = f.name.split(' ');
      const own = fw.slice(-(words.length - at)).join(' ');
      const given = fw.slice(0, fw.length - (words.length - at));
      return (
        f !== e &&
        own !== tail &&
        own.toLowerCase() === tail.toLowerCase() &&
        given.length > 0 &&
        !given.every((w) => INITIAL.test(w)) &&
        words.slice(0, at).every((w, i) => given[i]?.startsWith(w.replace('.', '').slice(0, 1)))
      );
    });
    if (into.length === 1) joined.set(e, into[0] as Entity);
  }
  return foldJoined(entities, joined, true);
}
