import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';

/**
 * "Born in Luton, …", "Born in 1922 to …", "Born Jocelyn Stoker, the Devon
 * diva …": a sentence opening on a birth clause, whose capital the tagger
 * took for a place. Not a title ("Born In The USA", "Born into Brothels",
 * "Born on the Fourth of July" inside a sentence).
 */
const BORN = /^Born$/u;
/** Where a sentence opens: the text's start, or after a full stop, a closing quote or a line break. */
const OPENS = /(?:^|[.!?]["'”’]?\s+|\n\s*)$/u;
/** "in" in lower case, or a birth name of two or three words before a comma. */
const BIRTH = /^\s+(?:in\s|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2},)/u;

const opensBirthClause = (text: string, m: { start: number; end: number; text: string }) =>
  BORN.test(m.text) &&
  OPENS.test(text.slice(Math.max(0, m.start - 4), m.start)) &&
  BIRTH.test(text.slice(m.end, m.end + 60));

/** Such mentions dropped, and an entity left with none. In the document's view only (./link). */
export function dropBirthOpeners(text: string, entities: Entity[]): Entity[] {
  return dropMentionsWhere(entities, (_, m) => opensBirthClause(text, m));
}
