import type { Token } from '../text/tokenize';
import { isCapitalized } from './role-words';

/** Links that tie a remit's role to the body holding it: "director for games at Google", "head of distribution for Sony Pictures". */
const BODY_LINK = /^(?:at|with|for)$/i;
/** Small words inside a body's capitalised name: "Bank of America in New York", "the Simon Wiesenthal Center". */
const NAME_JOINER = /^(?:the|of|and|&|in)$/i;
/** A lower-case word, hyphened or not, that may name a body's kind: "firm", "anti-virus". */
const KIND_WORD = /^\p{Ll}{2,}(?:-\p{Ll}+)*$/u;
/** Lower-case words that name no kind: links, clause words, verbs of saying. */
const NO_KIND =
  /^(?:of|for|at|with|in|to|on|by|from|and|or|the|who|whose|which|that|than|since|until|said|says|told|tells|added)$/;
/** "Intel's", or a plural's bare mark: "Yukos' lawyers". */
const POSSESSIVE = /^['’]s?$/;

const isKind = (t: Token) => KIND_WORD.test(t.text) && !NO_KIND.test(t.text) && !/ed$/.test(t.text);

/** "… at Google", "… for Sony Pictures", "… at Bank of America in New York": capitalised words after the last link. */
function heldAtBody(phrase: Token[]): boolean {
  let link = -1;
  for (let k = phrase.length - 1; k > 0; k--)
    if (BODY_LINK.test((phrase[k] as Token).text)) {
      link = k;
      break;
    }
  if (link < 0 || link === phrase.length - 1) return false;
  const name = phrase.slice(link + 1);
  return (
    name.every((t) => isCapitalized(t) || NAME_JOINER.test(t.text)) &&
    name.some(isCapitalized) &&
    isCapitalized(name.at(-1) as Token)
  );
}

/** "spokesman for anti-virus firm Finjan", "director of civil rights group Liberty": a kind's noun, then the body's name. */
function namedAfterKind(phrase: Token[]): boolean {
  let k = phrase.length - 1;
  if (!isCapitalized(phrase[k] as Token)) return false;
  while (k > 0 && (isCapitalized(phrase[k] as Token) || NAME_JOINER.test((phrase[k] as Token).text))) k--;
  // "group the Simon Wiesenthal Center": the kind's noun is right before the name's run
  return isKind(phrase[k] as Token);
}

/** "director of Intel's photonics lab", "head of the Tate's digital programme": a unit a named body owns. */
function ownedUnit(phrase: Token[]): boolean {
  const owned = phrase.findLastIndex((t) => POSSESSIVE.test(t.text));
  if (owned < 1 || !isCapitalized(phrase[owned - 1] as Token)) return false;
  const unit = phrase.slice(owned + 1);
  return (
    unit.length > 0 &&
    unit.every((t) => isCapitalized(t) || isKind(t)) &&
    !isCapitalized(unit.at(-1) as Token)
  );
}

/** "founder of the theatre", "a spokesman for the North Carolina-based bank": a body a definite noun names. */
function definiteBody(phrase: Token[]): boolean {
  const link = phrase.findLastIndex((t) => /^(?:of|for)$/.test(t.text));
  if (link < 1 || phrase[link + 1]?.text !== 'the') return false;
  const noun = phrase.slice(link + 2);
  return (
    noun.length > 0 &&
    noun.every((t) => isCapitalized(t) || isKind(t)) &&
    !isCapitalized(noun.at(-1) as Token)
  );
}

/**
 * Where a role's lower-case remit after "of"/"for" must end for the role
 * to be read: at the body holding the post, named ("… at Google", "… for
 * anti-virus firm Finjan") or owning the unit ("… of Intel's photonics
 * lab") or named by a definite noun ("founder of the theatre"); not "head
 * of sales", nor "director of games played in Leeds".
 */
export function reachesBody(phrase: Token[]): boolean {
  return heldAtBody(phrase) || namedAfterKind(phrase) || ownedUnit(phrase) || definiteBody(phrase);
}
