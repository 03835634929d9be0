import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/** A web address's ending right after a name: "Amazon.com", "Whatsonstage.com", "X.co.uk". */
const WEB_ENDING = /^\.(?:com|co\.uk|net|org)(?![\p{L}\p{N}])/u;

/**
 * A name typed a place that the article writes as a web address is the
 * firm or site behind it ("US-based Amazon.com holds a patent", "said
 * Latinohiphopradio.com"): an organisation wherever it occurs, though the
 * gazetteer knows a place of that name (the Amazon). In the document's
 * view only (./link).
 */
export function retypeWebAddresses(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) =>
    (e.type === 'GPE' || e.type === 'LOC') &&
    e.mentions.some((m) => WEB_ENDING.test(text.slice(m.end, m.end + 7)))
      ? 'ORG'
      : undefined,
  );
}
