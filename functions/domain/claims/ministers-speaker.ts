import type { Entity } from '../model/document';
import { governmentSpeaker } from './group-speaker';
import { namedGovernments, soleGovernment } from './named-governments';

/** "Ministers", "government ministers", "senior ministers": the article's own government's. */
const OWN_MINISTERS = /^(?:(?:government|senior|cabinet)\s+)?ministers$/iu;
/** "EU ministers", "Church ministers", "G7 finance ministers": ministers the article gives to someone. */
const WHOSE_MINISTERS = /(?:\p{Lu}[\p{L}\d]*|\d+)\s+(?:\p{Ll}+\s+)?ministers\b/gu;
/** Words that open "Government ministers" or "Senior ministers" at a sentence's start: no one's in particular. */
const OWN_WORDS = /^(?:government|senior|cabinet)$/i;

/**
 * Whose ministers speak: for bare "Ministers", the one government the
 * article speaks of (named-governments.ts); when it speaks of none, the
 * country "the government" would be (group-speaker.ts), unless it writes
 * ministers of someone ("EU finance ministers", "Church ministers"), whom
 * bare "Ministers" then go on meaning; no one for a story naming two
 * governments. "Polish ministers" is a nationality's officials
 * (national-officials.ts). Undefined when the source is no such nominal.
 */
export function ministersSpeaker(
  phrase: string,
  text: string,
  entities: Entity[],
): string | null | undefined {
  if (!OWN_MINISTERS.test(phrase)) return undefined;
  const named = namedGovernments(text, entities);
  if (named.countries.size > 0 || named.parties.size > 0) return soleGovernment(text, entities, named);
  const others = [...text.matchAll(WHOSE_MINISTERS)].some((m) => !OWN_WORDS.test(m[0].split(/\s+/)[0] ?? ''));
  return others ? null : governmentSpeaker(entities, text);
}
