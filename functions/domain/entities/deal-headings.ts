import type { Entity } from '../model/document';
import { entityId } from './ids';
import { isKnownName } from './known-names';
import { retypeEntities } from './merge';

/** A line that ends on a price after "for": a deal's heading ("Netgear Nighthawk R6700 Router for $67.77"). */
const PRICED_LINE = / for [$£€]\d[\d,]{0,9}(?:\.\d\d)?$/u;

/**
 * A name of two words or more typed a body, a person or a place that opens
 * a deals page's heading of a product and its price is the product (MISC):
 * "Amazon Echo Buds for $130", "DJI Mavic Mini for $399", "Dell G3 15 …
 * Laptop for $799.99". Not a one-word name, which is the maker ("Sonos" of
 * "Sonos Move for $400"), nor one the alias table or the gazetteer knows.
 * In the document's view only (./link).
 */
export function retypeDealHeadings(text: string, entities: Entity[]): Entity[] {
  if (!text.includes(' for ')) return entities;
  return retypeEntities(entities, (e) =>
    (e.type === 'ORG' || e.type === 'PERSON' || e.type === 'GPE') &&
    e.name.includes(' ') &&
    e.id === entityId(e.type, e.name) &&
    !isKnownName(e.name) &&
    e.mentions.some((m) => opensPricedLine(text, m.start))
      ? 'MISC'
      : undefined,
  );
}

function opensPricedLine(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] !== '\n') return false;
  const end = text.indexOf('\n', start);
  return PRICED_LINE.test(text.slice(start, end < 0 ? text.length : end));
}
