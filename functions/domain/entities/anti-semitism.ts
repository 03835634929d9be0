import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';

/**
 * "Semitic" and "Semitism" after "anti-" name no people or creed: the
 * compound is one word for prejudice against Jews, whatever the capital.
 * Other "anti-" compounds still name what they oppose ("anti-Tory").
 */
const SEMITIC = /^Semiti(?:c|sm)$/u;
const ANTI = /anti-$/iu;

const inCompound = (text: string, m: { start: number; text: string }) =>
  SEMITIC.test(m.text) && ANTI.test(text.slice(Math.max(0, m.start - 5), m.start));

/** Such mentions dropped, and an entity left with none. In the document's view only (./link). */
export function dropAntiSemitism(text: string, entities: Entity[]): Entity[] {
  return dropMentionsWhere(entities, (_, m) => inCompound(text, m));
}
