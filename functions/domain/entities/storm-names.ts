import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/** A named storm: the tagger reads "Hurricane Mitch" as a person with a title. */
const STORM = /^(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm)\s+\p{Lu}\p{Ll}{1,20}$/u;

/**
 * A storm's name is an event ("Hurricane Ivan"), whatever the tagger typed
 * it. In the document's view only (./link).
 */
export function retypeStorms(entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => (STORM.test(e.name) ? 'EVENT' : undefined));
}
