import type { Entity } from '../model/document';
import { adjectiveCountry, isUnnamed } from './group-speaker';
import { soleGovernment } from './named-governments';

/** "Ministers", "government ministers", "senior ministers": the article's own government's. */
const OWN_MINISTERS = /^(?:(?:government|senior|cabinet)\s+)?ministers$/iu;
/** "Polish ministers", "Scottish ministers": the government the adjective names. */
const NATIONAL_MINISTERS = /^(\p{Lu}\p{Ll}+)\s+ministers$/u;

/**
 * Whose ministers speak: for "Polish ministers", the place the adjective
 * names, as for "the Polish government"; for bare "Ministers", the one
 * government the article speaks of (named-governments.ts), else no one
 * ("Church ministers", "Ministers" of a story naming no government or two).
 * Undefined when the source is no such nominal.
 */
export function ministersSpeaker(
  phrase: string,
  text: string,
  entities: Entity[],
): string | null | undefined {
  if (OWN_MINISTERS.test(phrase)) return soleGovernment(text, entities);
  const adjective = NATIONAL_MINISTERS.exec(phrase)?.[1];
  if (!adjective) return undefined;
  const country = adjectiveCountry(adjective, entities);
  return country && !isUnnamed(country) ? country : null;
}
