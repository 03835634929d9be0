import type { Token } from '../text/tokenize';
import { ROLE_MODIFIERS, ROLE_NOUNS } from './lexicons';
import { reachesBody } from './remit-bodies';
import { acceptsInRole, HONORIFICS, isCapitalized, lower, namesRole } from './role-words';

/**
 * Words that tie a role to where it is held, once its noun is read: "an
 * analyst at Petercam", "economist with Eaton Vance", "envoy to the UN",
 * "chairman of MIT's Media Lab".
 */
const EMPLOYER_LINK = /^(?:at|with|in|to|['’]s)$/i;
/** A possessive clitic, straight or curly as web pages type it ("Hong Kong’s"). */
const POSSESSIVE = /^['’]s$/;
/** A plural's possessive mark, a token of its own: "shareholders' group", "Yukos' lawyers". */
const PLURAL_POSSESSIVE = /^['’]$/;
/** A lower-case word, hyphened or not: "games", "anti-virus". */
const LOWER_WORD = /^\p{Ll}{2,}(?:-\p{Ll}+)*$/u;
/** Words that open a clause or a phrase of time or manner, no part of a remit: "captain of Chelsea as they push", "under Mr Blair". */
const CLAUSE_WORD =
  /^(?:who|whose|which|that|than|as|when|while|where|because|if|but|under|after|before|during|since|until|against|like|he|she|it|they|we|is|are|was|were|has|have|had|will|would|not)$/;

/** A verb of saying, which ends a remit: "head of Preventon told the BBC". */
const SPEECH = /^(?:said|says|told|added|argued|warned)$/;

/** Capitalised words opening the apposition before its "'s", no honorific among them: "BMW's group chief executive", "Afghanistan's envoy"; not "Mr Mann's former deputy". */
function isOwner(tokens: Token[], start: number, at: number): boolean {
  if (at === start) return false;
  for (let j = start; j < at; j++) {
    const t = tokens[j] as Token;
    if (!isCapitalized(t) || HONORIFICS.has(lower(t)) || ROLE_NOUNS.has(lower(t))) return false;
  }
  return true;
}

/** A lower-case word of a compound leading to the role noun: "music analyst", "global security manager"; not "son of", "who plays", "known as", "will each host". */
function isCompoundWord(tokens: Token[], i: number): boolean {
  const w = (tokens[i] as Token).text;
  // a clause's word ends it: "X, Y and Z will each host the mid-week slot,"
  if (!/^\p{Ll}{2,}$/u.test(w) || /(?:ing|ed)$/.test(w) || CLAUSE_WORD.test(w)) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  const n = lower(next);
  if (ROLE_NOUNS.has(n) || ROLE_MODIFIERS.has(n)) return !/^(?:of|for|the)$/.test(n);
  return /^\p{Ll}{2,}$/u.test(next.text) && !/^(?:of|for|and|the|to|at|in|with|as|an?)$/.test(n);
}

/**
 * A lower-case word of a remit after "of"/"for" ("director for games",
 * "head of research", "spokesman for anti-virus firm", "head of Yukos main
 * group"); the phrase must then reach the body holding the post (./remit-bodies).
 */
function isRemitWord(tokens: Token[], start: number, i: number): boolean {
  const t = tokens[i] as Token;
  if (
    !LOWER_WORD.test(t.text) ||
    EMPLOYER_LINK.test(t.text) ||
    CLAUSE_WORD.test(t.text) ||
    SPEECH.test(t.text)
  )
    return false;
  for (let j = i - 1; j >= start; j--) {
    const w = (tokens[j] as Token).text;
    if (w === 'of' || w === 'for') return true;
    // a body's name or owner may stand between: "head of Yukos main group", "of Intel's photonics lab"
    if (
      !LOWER_WORD.test(w) &&
      !isCapitalized(tokens[j] as Token) &&
      !POSSESSIVE.test(w) &&
      !PLURAL_POSSESSIVE.test(w)
    )
      return false;
  }
  return false;
}

/** The mark of "shareholders' group" or "Yukos' lawyers", right after a word ending on "s". */
function isPluralPossessive(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  return (
    PLURAL_POSSESSIVE.test((tokens[i] as Token).text) &&
    /s$/.test(prev.text) &&
    prev.end === (tokens[i] as Token).start
  );
}

/**
 * "Howard Archer, economist at Global Insight said": the writer left out the
 * comma before the verb of saying; only a role tied to a body named in capitals ("of",
 * "for", "at", "with" it), so a name ends the phrase.
 */
function spokenAfter(phrase: Token[], end: string | undefined): boolean {
  const last = phrase.at(-1) as Token;
  return (
    end !== undefined &&
    SPEECH.test(end) &&
    isCapitalized(last) &&
    phrase.some((t) => /^(?:of|for|at|with)$/.test(t.text))
  );
}

/** ", the Pentagon press secretary," or ", an analyst at Petercam," just after the name. */
export function rolesAfter(text: string, tokens: Token[], lastIndex: number): string[] {
  if (tokens[lastIndex + 1]?.text !== ',') return [];
  let i = lastIndex + 2;
  // "Jack Straw, now foreign secretary,": the adverb is no part of the title
  while (/^(the|a|an|now)$/i.test(tokens[i]?.text ?? '')) i++;
  const start = i;
  let nounSeen = false;
  let compound = 0;
  let remit = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (ROLE_NOUNS.has(lower(t)) && !HONORIFICS.has(lower(t))) nounSeen = true;
    if (acceptsInRole(tokens, i) || /^(of|for|and|the)$/i.test(t.text)) i++;
    else if (nounSeen && EMPLOYER_LINK.test(t.text)) i++;
    else if (!nounSeen && POSSESSIVE.test(t.text) && isOwner(tokens, start, i)) i++;
    else if (nounSeen && remit > 0 && isPluralPossessive(tokens, i)) i++;
    else if (nounSeen && remit < 4 && isRemitWord(tokens, start, i)) {
      remit++;
      i++;
    } else if (!nounSeen && compound < 2 && isCompoundWord(tokens, i)) {
      compound++;
      i++;
    } else break;
  }
  const phrase = tokens.slice(start, i);
  const end = tokens[i]?.text;
  if (phrase.length === 0 || !(end === ',' || end === '.' || end === undefined || spokenAfter(phrase, end)))
    return [];
  if (EMPLOYER_LINK.test((phrase.at(-1) as Token).text)) return [];
  if (!phrase.some((t) => namesRole(tokens, t))) return [];
  if (remit > 0 && !reachesBody(phrase)) return [];
  if (
    isCapitalized(phrase[0] as Token) &&
    !ROLE_NOUNS.has(lower(phrase[0] as Token)) &&
    !ROLE_MODIFIERS.has(lower(phrase[0] as Token))
  ) {
    // "Ryder, Austin said": a capitalised word after the comma is another name.
    if (!phrase.slice(1).some((t) => ROLE_NOUNS.has(lower(t)))) return [];
  }
  return [text.slice((phrase[0] as Token).start, (phrase.at(-1) as Token).end)];
}
