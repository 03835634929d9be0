import type { Entity } from '../model/document';
import { isDemonym } from './lexicons';
import { retypeEntities } from './merge';

/** A faith's adherents, by noun or adjective. */
// biome-ignore format: compact word list
const FAITH_WORDS = new Set([
  'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics', 'protestant', 'protestants',
  'jewish', 'jew', 'jews', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists',
]);

/** A country's short name before the faith: "UK Muslims". */
const COUNTRY_SHORT = new Set(['UK', 'US']);

/**
 * A name that is a faith's word, alone or after a nationality ("Muslim
 * schools", "British Muslim", "UK Muslims", "Roman Catholics"), is a group
 * of people (NORP), not the body or person the tagger typed it: the type
 * map makes a lone "Muslim" a group only when tagged a person. A person's
 * name ending in one ("Louise Christian") stays. In the document's view
 * only (./link).
 */
export function retypeFaithGroups(entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    // a lone "Christian" typed a person may be someone's given name
    if (e.type === 'NORP' || (e.type === 'PERSON' && !e.name.includes(' '))) return undefined;
    return isFaithGroup(e.name) ? 'NORP' : undefined;
  });
}

function isFaithGroup(name: string): boolean {
  const words = name.split(' ');
  if (words.length > 2 || !FAITH_WORDS.has((words.at(-1) as string).toLowerCase())) return false;
  return words.slice(0, -1).every((w) => COUNTRY_SHORT.has(w) || isDemonym(w));
}
