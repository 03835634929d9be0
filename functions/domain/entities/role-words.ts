import { SENTENCE_STARTERS } from '../text/abbreviations';
import type { Token } from '../text/tokenize';
import { capitalPosition, RANKS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicons';

/** Ranks kept as a role of their own ("General"); offices absorb the rest. */
export const STANDALONE_RANKS = new Set([
  'general',
  'gen.',
  'major',
  'maj.',
  'colonel',
  'col.',
  'lieutenant',
  'lt.',
  'captain',
  'capt.',
  'admiral',
  'adm.',
  'sergeant',
  'sgt.',
  'brig.',
  'dr',
  'dr.',
  'prof.',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev.',
]);
/** Honorifics that are neither name nor role. */
export const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx.']);

const MODAL = /^(?:will|would|can|could|may|might|must|shall|should)$/;

export const lower = (t: Token) => t.text.toLowerCase();
export const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * A role noun in a sentence's tokens; a rugby position only in lower case or opening the sentence ("Lock Ben
 * Kay"), as a capital inside one is a name's word ("McKenzie, Lock, Hart").
 */
export const namesRole = (tokens: Token[], t: Token) =>
  ROLE_NOUNS.has(lower(t)) && !(capitalPosition(t.text) && t !== tokens[0]);

/** A word a title before or after a name may hold: a title word, a bracket, a lower-case hyphened modifier or a capital. */
export function acceptsInRole(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const w = lower(t);
  // after a modal a title word is a verb: "Cafod will host Mr Brown's speech", "will chair"
  if (ROLE_NOUNS.has(w) && MODAL.test(tokens[i - 1]?.text ?? '')) return false;
  if (ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || RANKS.has(w)) return true;
  if (/^[()]$/.test(t.text)) return true;
  if (/^\p{L}+-\p{L}+$/u.test(t.text) && !isCapitalized(t)) return true; // anti-terror
  return isCapitalized(t) && !SENTENCE_STARTERS.has(t.text);
}
