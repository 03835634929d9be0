import type { Entity } from '../model/document';
import { entityId } from './ids';
import { isKnownName } from './known-names';
import { retypeEntities } from './merge';

/** A name and a model's or sequel's number: "Sportback 55", "Shrek 2". */
const NUMBERED = /^(.+) \p{N}{1,4}\p{L}?$/u;

/**
 * A name typed a body or a person is a work or a product (MISC) where the
 * article names it with a number after as one the tagger typed so: "the
 * e-tron Sportback" beside "the e-tron Sportback 55", "Shrek" beside
 * "Shrek 2". Not a name the alias table or the gazetteer knows ("Channel"
 * of "Channel 4" is no name of its own). In the document's view only (./link).
 */
export function retypeNumberedProducts(entities: Entity[]): Entity[] {
  const heads = new Set(entities.flatMap((e) => (e.type === 'MISC' ? [NUMBERED.exec(e.name)?.[1]] : [])));
  if (heads.size === 0) return entities;
  return retypeEntities(entities, (e) =>
    (e.type === 'ORG' || e.type === 'PERSON') &&
    heads.has(e.name) &&
    e.id === entityId(e.type, e.name) &&
    !isKnownName(e.name)
      ? 'MISC'
      : undefined,
  );
}
