import { describesPerson, isNationality } from './person-nouns';

/** "But the …" and the next four words, each perhaps ending on a comma ("The 25-year-old, who …"). */
const OPENING = /^\W*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et)\s+)?[Tt]he\s+((?:[\p{L}\d'’-]+,?\s+){1,4})/u;
/** After a nationality, which may be an adjective ("The German government"), only a verb shows it is the noun. */
const VERB_AFTER = /^(?:has|had|was|is|will|would|could|also|then|beat|won|lost|\p{Ll}+ed)$/u;

/**
 * Whether a sentence opens on a person nominal as its subject: "The
 * 22-year-old pipped Maurice Greene", "But the Liverpool striker scored
 * against Chelsea", "The Spaniard beat Tim Henman". It stands for someone
 * already spoken of, not the names after it. Not when a name follows the
 * noun ("The 22-year-old Mark Lewis-Francis"), nor after a possessive
 * ("the striker's goal", "The prosecution's star witness is Mr Sullivan").
 */
export function opensOnPersonNominal(opening: string): boolean {
  const words = OPENING.exec(opening)?.[1]?.trim().split(/\s+/u);
  if (!words) return false;
  for (let k = 1; k <= Math.min(3, words.length); k++) {
    const last = words[k - 1] as string;
    const phrase = words.slice(0, k).join(' ').replace(/,$/u, '');
    // "The prosecution's star witness is Mr Sullivan": someone's role, not someone known
    if (/['’]/u.test(last)) return false;
    if (!describesPerson(phrase)) continue;
    if (last.endsWith(',')) return true;
    const next = words[k];
    if (next === undefined || !/^\p{Ll}/u.test(next)) return false;
    return !isNationality(phrase) || VERB_AFTER.test(next);
  }
  return false;
}
