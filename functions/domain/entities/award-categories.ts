import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';

/**
 * "Best" that opens a prize's category ("won Best Actress", "Best actor
 * nominee", "- Best new play -") names no body: the tagger takes the capital
 * for one. A person "Best" (George Best) and longer names ("Best Buy") kept.
 */
const CATEGORY_AFTER = /^ [\p{L}]/u;

const inCategory = (text: string, e: Entity, m: { text: string; end: number }) =>
  m.text === 'Best' && e.type !== 'PERSON' && CATEGORY_AFTER.test(text.slice(m.end, m.end + 2));

/** Such mentions dropped, and an entity left with none. In the document's view only (./link). */
export function dropAwardCategories(text: string, entities: Entity[]): Entity[] {
  return dropMentionsWhere(entities, (e, m) => inCategory(text, e, m));
}
