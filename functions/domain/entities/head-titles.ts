import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';

/** The office a "Head" opens: "Head of Research at …", "Head of Platform Solutions for …". */
const OF_OFFICE = /^ of \p{Lu}/u;

/**
 * A bare "Head" before "of" and a capitalised remit is a title, no one's
 * name: "Rusmik Oza, Head of Fundamental Research at Kotak Securities" gave a
 * person "Head" beside Oza's role. Only an entity named "Head" alone, so a
 * surname's mentions ("Tim Head", then "Head of …") stay. In the document's
 * view only (./link).
 */
export function dropHeadTitles(text: string, entities: Entity[]): Entity[] {
  return dropMentionsWhere(
    entities,
    (e, m) => e.name === 'Head' && m.text === 'Head' && OF_OFFICE.test(text.slice(m.end, m.end + 6)),
  );
}
