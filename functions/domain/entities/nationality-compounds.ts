import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';

/**
 * A nationality word that opens a common compound names no people: "Pole
 * vaulter", "pole vault", "pole position", "Swiss army knife", "Turkish
 * delight", "French fries", "Dutch courage", "Scotch egg".
 */
const COMPOUND_AFTER: Record<string, RegExp> = {
  pole: /^[\s-]+(?:vault(?:er|ers|ing)?|position)\b/iu,
  swiss: /^\s+army\s+kni(?:fe|ves)\b/iu,
  turkish: /^\s+delight\b/iu,
  french: /^\s+(?:fries|kiss(?:es|ing)?|toast)\b/iu,
  dutch: /^\s+courage\b/iu,
  scotch: /^\s+(?:eggs?|tape|mist)\b/iu,
};

/** Those words' nationality mentions dropped, and an entity left with none. In the document's view only (./link). */
export function dropNationalityCompounds(text: string, entities: Entity[]): Entity[] {
  const inCompound = (e: Entity, m: { end: number; text: string }) =>
    e.type === 'NORP' && COMPOUND_AFTER[m.text.toLowerCase()]?.test(text.slice(m.end, m.end + 24)) === true;
  return dropMentionsWhere(entities, inCompound);
}
