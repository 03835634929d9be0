import type { Range } from '../model/document';

/** "a new", "an": a proper name takes no indefinite article, so one before it belongs to a noun after it ("a spokesman for BT" is two words off). */
const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;
/** "1bn", "$40m": a number before a name counts what the noun after it names ("1bn CFA francs"). */
const NUMBER_BEFORE = /\d[\d.,]*(?:bn|m|k)?\s+$/u;
/** A common noun, then an auxiliary: "RFID chips could", "Apple shares have". */
const NOUN_THEN_AUXILIARY =
  /^\s+(\p{Ll}[\p{L}-]*)\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b/u;
/** Words between a subject and its auxiliary that are no noun: "Google now has", "BT alone is". */
const NOT_NOUNS = /^(?:\p{L}+ly|now|also|still|then|already|alone|too|itself|themselves|who|which|that)$/u;
/** Its own people are the body speaking, not a thing it modifies: "Rosneft officials were unavailable". */
const VOICES = /^(?:officials|executives|bosses|spokes(?:man|woman|person)|management)$/u;

/**
 * Whether a name only modifies the noun after it ("RFID chips could be
 * used", "a new Access Services division", "1bn CFA francs"): the thing it
 * names is then no referent a pronoun or a nominal picks up.
 */
export function isPremodifier(text: string, m: Range): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (INDEFINITE_BEFORE.test(before) || NUMBER_BEFORE.test(before)) return true;
  const noun = NOUN_THEN_AUXILIARY.exec(text.slice(m.end, m.end + 40))?.[1];
  return noun !== undefined && !NOT_NOUNS.test(noun) && !VOICES.test(noun);
}
