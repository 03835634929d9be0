import { SENTENCE_STARTERS } from '../text/abbreviations';
import type { Token } from '../text/tokenize';
import { RANKS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicons';
import { officeInReport } from './reported-office';

/** Ranks kept as a role of their own ("General"); offices absorb the rest. */
const STANDALONE_RANKS = new Set([
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
  'dr.',
  'prof.',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev.',
]);
/** Honorifics that are neither name nor role. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx.']);

export interface PersonName {
  /** Offsets of the bare name, ranks removed. */
  start: number;
  end: number;
  roles: string[];
}

const lower = (t: Token) => t.text.toLowerCase();
const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Separates a person's name from the titles around it: "Pentagon Press
 * Secretary General Patrick Ryder" is Patrick Ryder with the roles
 * "Pentagon Press Secretary" and "General".
 */
export function splitPersonName(text: string, tokens: Token[], start: number, end: number): PersonName {
  let first = tokens.findIndex((t) => t.start >= start);
  // a name may end inside a token: "George Bush" in "George Bush-style"
  const last = findLast(tokens, (t) => t.start < end);
  if (first < 0 || last < first) return { start, end, roles: [] };
  // Everything up to the last title word inside the mention is role, not name.
  for (let i = last - 1; i >= first; i--) {
    const w = lower(tokens[i] as Token);
    if (ROLE_NOUNS.has(w) || RANKS.has(w)) {
      first = i + 1;
      break;
    }
  }
  const roles = [...rolesBefore(text, tokens, first, last), ...rolesAfter(text, tokens, last)];
  return {
    start: (tokens[first] as Token).start,
    end: Math.min((tokens[last] as Token).end, end),
    roles: [...new Set(roles)],
  };
}

/** "Iraqi Prime Minister", "deputy leader of the Popular Mobilization Units (PMU)," just before the name. */
function rolesBefore(text: string, tokens: Token[], nameIndex: number, lastIndex: number): string[] {
  let i = nameIndex - 1;
  let crossedComma = false;
  if (tokens[i]?.text === ',') {
    crossedComma = true;
    i--;
  }
  const phraseEnd = i;
  const compounds = new Set<number>();
  while (i >= 0) {
    if (acceptsInRole(tokens, i) || isRemitTo(tokens, i, phraseEnd)) i--;
    else if (
      compounds.size < 2 &&
      i < phraseEnd &&
      leadsToRoleNoun(tokens, i + 1, compounds) &&
      isCompoundBefore(tokens, i)
    ) {
      compounds.add(i);
      i--;
    } else break;
  }
  let phraseStart = i + 1;
  // "to join shadow culture secretary X", "Nominees include soul singer X": a compound's first word after a verb may be a verb
  const first = Math.min(...compounds);
  if (compounds.size > 0 && !opensCompound(tokens, first - 1)) {
    phraseStart = first;
    while (compounds.has(phraseStart)) phraseStart++;
  }
  while (phraseStart <= phraseEnd && /^(the|a|an|of|and|,)$/i.test((tokens[phraseStart] as Token).text))
    phraseStart++;
  if (phraseStart > phraseEnd) return [];
  let phrase = tokens.slice(phraseStart, phraseEnd + 1);
  // "(tour manager) Bill Beaumont" in a list of staff
  if (phrase.length > 2 && phrase[0]?.text === '(' && phrase.at(-1)?.text === ')')
    phrase = phrase.slice(1, -1);
  if (!phrase.some((t) => ROLE_NOUNS.has(lower(t)) || RANKS.has(lower(t)))) return [];
  if (crossedComma && !phrase.some((t) => ROLE_NOUNS.has(lower(t)))) return [];
  if (crossedComma && officeInReport(tokens, phraseStart, lastIndex)) return [];
  return splitRank(text, phrase);
}

/** Small words, verbs and adverbs that end a role before a name: "said music director X", "met union leader X". */
const NOT_IN_COMPOUND =
  /^(?:the|an?|and|or|but|nor|of|for|to|at|in|on|by|with|from|into|as|than|then|that|this|these|those|who|whom|whose|which|when|while|where|after|before|since|until|about|against|between|under|over|its|his|her|their|our|my|your|said|say|told|tell|met|meet|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|beat|hit|led|left|won|lost|saw|made|gave|took|sent|paid|let|put|set|new|fellow|current|also|even|only|just|still|yet|once|now|both|all|each|every|some|any|many|more|most|such|other|another|same|own|last|next|first|second|third|week|year|month|day|night|today|yesterday|tonight|plus|like|via|per|not|no|he|she|it|we|they|you|him|them|us|brought|bought|thought|caught|fought|sought|sold|held|kept|felt|found|got|went|came|became|began|ran|wrote|spoke|chose|drew|grew|knew|threw|cut|quit)$/;
/** Plurals that head a remit ("home affairs spokesman", "human rights lawyer"); other words in -s are read as verbs ("stars", "says"). */
const REMIT_PLURALS =
  /^(?:affairs|rights|sports|arts|news|relations|services|sales|operations|communications|economics|politics|games|customs|works|markets|studies|resources|accounts|industries|forces)$/;

/** The word after a compound's word is a title's noun or modifier, or the compound's next word: not "wife Lady Jo". */
function leadsToRoleNoun(tokens: Token[], next: number, compounds: Set<number>): boolean {
  if (compounds.has(next)) return true;
  const t = tokens[next];
  if (!t || isCapitalized(t)) return false;
  const w = lower(t);
  if (STANDALONE_RANKS.has(w) || HONORIFICS.has(w) || /^(?:dr|prof|rev)$/.test(w)) return false;
  return ROLE_NOUNS.has(w) || (ROLE_MODIFIERS.has(w) && !/^(?:the|of|for)$/.test(w));
}

/** What may come before a compound role: a mark, a capital inside the sentence, a determiner, a preposition or a verb of saying ("said race director X"). */
function opensCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/\p{L}/u.test(t.text)) return true;
  // a capital opening the sentence may be a plain noun ("Nominees include"); an acronym is a name
  if (isCapitalized(t)) return i > 0 || /^\p{Lu}{2,}$/u.test(t.text);
  const w = lower(t);
  if (ROLE_MODIFIERS.has(w) || ROLE_NOUNS.has(w)) return true;
  return /^(?:the|an?|his|her|its|their|our|my|your|'s|by|from|with|of|for|at|on|in|among|including|like|as|against|about|said|says|told|and|but|while)$/.test(
    w,
  );
}

/**
 * A lower-case word of a compound role before a name, which the title words
 * stop at: "BBC political editor", "shop owner", "home affairs spokesman".
 */
function isCompoundBefore(tokens: Token[], i: number): boolean {
  const w = (tokens[i] as Token).text;
  if (!/^\p{Ll}{3,}$/u.test(w) || NOT_IN_COMPOUND.test(w)) return false;
  if (/(?:ing|ed|ly)$/.test(w)) return false;
  if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !REMIT_PLURALS.test(w)) return false;
  return true;
}

function acceptsInRole(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const w = lower(t);
  if (ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || RANKS.has(w)) return true;
  if (/^[()]$/.test(t.text)) return true;
  if (/^\p{L}+-\p{L}+$/u.test(t.text) && !isCapitalized(t)) return true; // anti-terror
  return isCapitalized(t) && !SENTENCE_STARTERS.has(t.text);
}

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
function isRemitTo(tokens: Token[], i: number, phraseEnd: number): boolean {
  const office = tokens[i - 1];
  if (!office || i >= phraseEnd || lower(tokens[i] as Token) !== 'to' || !REMIT_TO_NOUNS.has(lower(office)))
    return false;
  for (let j = i + 1; j <= phraseEnd; j++) {
    const w = lower(tokens[j] as Token);
    if (ROLE_NOUNS.has(w) || RANKS.has(w)) return false;
  }
  return true;
}

/** Splits a trailing military or academic rank off an office. */
function splitRank(text: string, phrase: Token[]): string[] {
  const last = phrase[phrase.length - 1] as Token;
  const head = phrase[0] as Token;
  if (HONORIFICS.has(lower(last))) return phrase.length > 1 ? splitRank(text, phrase.slice(0, -1)) : [];
  if (phrase.length > 1 && STANDALONE_RANKS.has(lower(last))) {
    const office = phrase.slice(0, -1);
    const hasOffice = office.some((t) => ROLE_NOUNS.has(lower(t)));
    return hasOffice
      ? [text.slice(head.start, (office.at(-1) as Token).end), last.text]
      : [text.slice(head.start, last.end)];
  }
  return [text.slice(head.start, last.end)];
}

/**
 * Words that tie a role to where it is held, once its noun is read: "an
 * analyst at Petercam", "economist with Eaton Vance", "envoy to the UN",
 * "chairman of MIT's Media Lab".
 */
const EMPLOYER_LINK = /^(?:at|with|in|to|['’]s)$/i;
/** A possessive clitic, straight or curly as web pages type it ("Hong Kong’s"). */
const POSSESSIVE = /^['’]s$/;
/** Links that tie a remit's role to the body holding it: "director for games at Google". */
const BODY_LINK = /^(?:at|with)$/i;

/** Capitalised words opening the apposition before its "'s", no honorific among them: "BMW's group chief executive", "Afghanistan's envoy"; not "Mr Mann's former deputy". */
function isOwner(tokens: Token[], start: number, at: number): boolean {
  if (at === start) return false;
  for (let j = start; j < at; j++) {
    const t = tokens[j] as Token;
    if (!isCapitalized(t) || HONORIFICS.has(lower(t)) || ROLE_NOUNS.has(lower(t))) return false;
  }
  return true;
}

/** A lower-case word of a compound leading to the role noun: "music analyst", "global security manager"; not "son of", "who plays", "known as". */
function isCompoundWord(tokens: Token[], i: number): boolean {
  const w = (tokens[i] as Token).text;
  if (!/^\p{Ll}{2,}$/u.test(w) || /(?:ing|ed)$/.test(w) || /^(?:who|whose|which|that|than)$/.test(w))
    return false;
  const next = tokens[i + 1];
  if (!next) return false;
  const n = lower(next);
  if (ROLE_NOUNS.has(n) || ROLE_MODIFIERS.has(n)) return !/^(?:of|for|the)$/.test(n);
  return /^\p{Ll}{2,}$/u.test(next.text) && !/^(?:of|for|and|the|to|at|in|with|as|an?)$/.test(n);
}

/**
 * A lower-case word of a remit after "of"/"for" ("director for games",
 * "head of research"); the phrase must then reach the body holding the post.
 */
function isRemitWord(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (
    !/^\p{Ll}{2,}$/u.test(t.text) ||
    EMPLOYER_LINK.test(t.text) ||
    /^(?:who|whose|which|that|than)$/.test(t.text)
  )
    return false;
  for (let j = i - 1; j >= 0; j--) {
    const w = (tokens[j] as Token).text;
    if (w === 'of' || w === 'for') return true;
    if (!/^\p{Ll}{2,}$/u.test(w)) return false;
  }
  return false;
}

/** A remit's phrase ends on the body it is held at: "… at Google", not "director of games played". */
function heldAtBody(phrase: Token[]): boolean {
  const link = phrase.findIndex((t, k) => k > 0 && BODY_LINK.test(t.text));
  if (link < 0 || link === phrase.length - 1) return false;
  return phrase.slice(link + 1).every((t) => isCapitalized(t) || /^(?:the|of|and|&)$/i.test(t.text));
}

/** ", the Pentagon press secretary," or ", an analyst at Petercam," just after the name. */
function rolesAfter(text: string, tokens: Token[], lastIndex: number): string[] {
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
    else if (nounSeen && remit < 3 && isRemitWord(tokens, i)) {
      remit++;
      i++;
    } else if (!nounSeen && compound < 2 && isCompoundWord(tokens, i)) {
      compound++;
      i++;
    } else break;
  }
  const phrase = tokens.slice(start, i);
  const end = tokens[i]?.text;
  if (phrase.length === 0 || !(end === ',' || end === '.' || end === undefined)) return [];
  if (EMPLOYER_LINK.test((phrase.at(-1) as Token).text)) return [];
  if (!phrase.some((t) => ROLE_NOUNS.has(lower(t)))) return [];
  if (remit > 0 && !heldAtBody(phrase)) return [];
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

function findLast<T>(items: T[], pred: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i] as T)) return i;
  return -1;
}
