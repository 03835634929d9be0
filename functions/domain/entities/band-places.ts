import type { Entity } from '../model/document';
import { isKnownPlace } from './known-names';
import { retypeEntities } from './merge';

/** The noun for a music act right after a place: "Leeds band Kaiser Chiefs", "the Bristol band will play". */
const ACT_AFTER = /^[ \t]+(?:band|group|rockers|outfit|duo|trio)(?![\p{L}-])/u;

/**
 * A known place the tagger typed a body, each of whose mentions says where
 * a music act comes from ("fellow Bristol band Massive Attack", "Leeds group
 * Kaiser Chiefs"), is the place. Not one named otherwise too ("Liverpool
 * won" stays the club). In the document's view only (./link).
 */
export function retypeBandPlaces(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    e.type === 'ORG' &&
    isKnownPlace(e.name) &&
    e.mentions.every((m) => ACT_AFTER.test(text.slice(m.end, m.end + 20)))
      ? 'GPE'
      : undefined,
  );
}
