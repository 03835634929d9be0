import type { Entity } from '../model/document';
import { soleGovernment } from './named-governments';

/** "Ministers", "government ministers", "senior ministers": the article's own government's. */
const OWN_MINISTERS = /^(?:(?:government|senior|cabinet)\s+)?ministers$/iu;

/**
 * Whose ministers speak: for bare "Ministers", the one government the
 * article speaks of (named-governments.ts), else no one ("Ministers" of a
 * story naming no government or two). "Polish ministers" is a nationality's
 * officials (national-officials.ts). Undefined when the source is no such nominal.
 */
export function ministersSpeaker(
  phrase: string,
  text: string,
  entities: Entity[],
): string | null | undefined {
  return OWN_MINISTERS.test(phrase) ? soleGovernment(text, entities) : undefined;
}
