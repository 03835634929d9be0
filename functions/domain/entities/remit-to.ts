import type { Token } from '../text/tokenize';
import { RANKS, ROLE_NOUNS } from './lexicons';
import { lower } from './role-words';

/** Offices held "to" a body or place: "ambassador to the WTO", "chief secretary to the Treasury". */
const REMIT_TO_NOUNS = new Set([
  'ambassador',
  'envoy',
  'secretary',
  'minister',
  'adviser',
  'advisor',
  'representative',
]);

/**
 * The "to" of such an office, inside the role before a name. Not before
 * another's title ("adviser to Chancellor Gordon Brown": the role is the
 * chancellor's).
 */
export function isRemitTo(tokens: Token[], i: number, phraseEnd: number): boolean {
  const office = tokens[i - 1];
  if (!office || i >= phraseEnd || lower(tokens[i] as Token) !== 'to' || !REMIT_TO_NOUNS.has(lower(office)))
    return false;
  for (let j = i + 1; j <= phraseEnd; j++) {
    const w = lower(tokens[j] as Token);
    if (ROLE_NOUNS.has(w) || RANKS.has(w)) return false;
  }
  return true;
}
