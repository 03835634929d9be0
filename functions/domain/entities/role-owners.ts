import { SENTENCE_STARTERS } from '../text/abbreviations';
import type { Token } from '../text/tokenize';
import { RANKS, ROLE_NOUNS } from './lexicons';
import { HONORIFICS, isCapitalized, lower } from './role-words';

/** A possessive clitic, straight or curly. */
const POSSESSIVE = /^['’]s$/;

/**
 * Where the owner of a role before a name starts, when the walk back from
 * the name stopped at its "'s": "China's ambassador to Britain Liu
 * Xiaming", "BMW's chief executive X". One to three capitalised words; not
 * a person an honorific or title marks ("Mr Blair's spokesman X": the
 * post is read as the person's, which the name after it is not).
 */
export function ownerStart(tokens: Token[], possessive: number): number | undefined {
  if (!POSSESSIVE.test(tokens[possessive]?.text ?? '')) return undefined;
  let j = possessive - 1;
  while (j >= 0 && possessive - j <= 3 && isOwnerWord(tokens[j] as Token)) j--;
  const start = j + 1;
  if (start === possessive || (j >= 0 && isOwnerWord(tokens[j] as Token))) return undefined;
  const before = tokens[j];
  if (before && (HONORIFICS.has(lower(before)) || ROLE_NOUNS.has(lower(before)) || RANKS.has(lower(before))))
    return undefined;
  return start;
}

/** A time opening the sentence is no owner: "Yesterday Argentina's economy minister X". */
const TIME = /^(?:yesterday|today|tonight|tomorrow|now|then)$/;

function isOwnerWord(t: Token): boolean {
  const w = lower(t);
  return (
    isCapitalized(t) &&
    !TIME.test(w) &&
    !SENTENCE_STARTERS.has(t.text) &&
    !HONORIFICS.has(w) &&
    !ROLE_NOUNS.has(w) &&
    !RANKS.has(w)
  );
}
