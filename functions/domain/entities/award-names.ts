import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/** A prize's name: capitalised words ending on "Award" or "Awards". */
const AWARD = /^\p{Lu}[\p{L}\p{N}'’.\s-]{0,60}\sAwards?$/u;

/**
 * A prize is no body: "the Screen Actors Guild Awards" (the ceremony) is an
 * event, as "the Brit Awards" is, and "the World Cinema Award" a thing won,
 * as "a Brit Award" is, where the tagger typed them an organisation or a
 * person. In the document's view only (./link).
 */
export function retypeAwardNames(entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    (e.type === 'ORG' || e.type === 'PERSON') && AWARD.test(e.name)
      ? e.name.endsWith('s')
        ? 'EVENT'
        : 'MISC'
      : undefined,
  );
}
