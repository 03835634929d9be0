import type { Entity } from '../model/document';
import { entityId } from './ids';
import { INSTITUTION_WORDS, ORG_WORDS } from './lexicons';
import { mergeSameIds } from './merge';

/** A group of people's possessive a space before a name: "Women's", "People's", "Writers'", "Lawyers'". */
const POSSESSOR_BEFORE = /(?:^|[^\p{L}\p{N}'’-])((?:Women|Men|Children|People)['’]s|\p{Lu}\p{Ll}+ers['’]) $/u;
/** Last words of a body's name, with those of a guild or a lobby the lexicons leave out. */
const BODY_HEADS = new Set([...ORG_WORDS, ...INSTITUTION_WORDS, 'guild', 'lobby', 'fellowship']);

/**
 * A body named for the people it is of, whose possessive the tagger cut
 * off: "the Women's Tennis Association" tagged "Tennis Association",
 * "the Writers' Guild" a person "Guild", "the People's Fuel Lobby". Every
 * mention comes after the possessive and the name ends on a body's word, so
 * "Children's Bafta award" and "The History Boys' Samuel Barnett" stay. The
 * mentions widen to it, the entity is an organisation with the whole name's
 * id. In the document's view only (./link).
 */
export function joinPluralPossessors(text: string, entities: Entity[]): Entity[] {
  let changed = false;
  const out = entities.map((e) => {
    const last = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
    if (e.mentions.length === 0 || !BODY_HEADS.has(last)) return e;
    const owners = e.mentions.map(
      (m) => POSSESSOR_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1],
    );
    if (owners.some((o) => o === undefined)) return e;
    changed = true;
    const mentions = e.mentions.map((m, i) => {
      const start = m.start - (owners[i] as string).length - 1;
      return { start, end: m.end, text: text.slice(start, m.end) };
    });
    const name = mentions[0]?.text ?? e.name;
    const id = e.id === entityId(e.type, e.name) ? entityId('ORG', name) : e.id;
    return { ...e, id, name, type: 'ORG' as const, mentions };
  });
  return changed ? mergeSameIds(out) : entities;
}
