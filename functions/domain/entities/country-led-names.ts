import type { Entity } from '../model/document';
import { joinToSoleFit } from './merge';

/** The country (or the UN) a body's full name may open on: "US Supreme Court", "British Potato Council", "UN Security Council". */
const COUNTRY = /^(?:US|UK|UN|British|American) /u;

/**
 * A body or event the article names with and without the country it opens
 * on is one: "the US Supreme Court … the Supreme Court", "US Department of
 * Justice … the Department of Justice". The name without it, of two words
 * or more ("the Open" may be any open, "Library" is no body), joins the one
 * entity of its type that adds only the country, which keeps its id. In
 * the document's view only (./link).
 */
export function joinCountryLedNames(entities: Entity[]): Entity[] {
  return joinToSoleFit(
    entities,
    (short) => (short.type === 'ORG' || short.type === 'EVENT') && short.name.includes(' '),
    (long, short) =>
      long.type === short.type && COUNTRY.test(long.name) && long.name.replace(COUNTRY, '') === short.name,
  );
}
