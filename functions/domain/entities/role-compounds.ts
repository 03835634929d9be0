import type { Token } from '../text/tokenize';
import { ROLE_MODIFIERS, ROLE_NOUNS, STANDINGS } from './lexicons';
import { HONORIFICS, isCapitalized, lower, STANDALONE_RANKS } from './role-words';

/** Small words, verbs and adverbs that end a role before a name: "said music director X", "met union leader X". */
const NOT_IN_COMPOUND =
  /^(?:the|an?|and|or|but|nor|of|for|to|at|in|on|by|with|from|into|as|than|then|that|this|these|those|who|whom|whose|which|what|when|while|where|after|before|since|until|about|against|between|under|over|its|his|her|their|our|my|your|said|say|told|tell|met|meet|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|beat|hit|led|left|won|lost|saw|made|gave|took|sent|paid|let|put|set|new|fellow|current|also|even|only|just|still|yet|once|now|both|all|each|every|some|any|many|more|most|such|other|another|same|own|last|next|first|second|third|week|year|month|day|night|today|yesterday|tonight|plus|like|via|per|not|no|he|she|it|we|they|you|him|them|us|brought|bought|thought|caught|fought|sought|sold|held|kept|felt|found|got|went|came|became|began|ran|wrote|spoke|chose|drew|grew|knew|threw|cut|quit)$/;
/** Plurals that head a remit ("home affairs spokesman", "human rights lawyer"); other words in -s are read as verbs ("stars", "says"). */
const REMIT_PLURALS =
  /^(?:affairs|rights|sports|arts|news|relations|services|sales|operations|communications|economics|politics|games|customs|works|markets|studies|resources|accounts|industries|forces)$/;

/** A rank a post opening its sentence may carry. */
const POST_RANKS = /^(?:former|shadow|acting|deputy|assistant|senior|junior)$/;

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
  // a capital opening the sentence may be a plain noun ("Nominees include"); an acronym is a name,
  // and a post's rank is the role's ("Shadow sports minister X", "Former welfare minister X")
  if (isCapitalized(t)) return i > 0 || /^\p{Lu}{2,}$/u.test(t.text) || POST_RANKS.test(lower(t));
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

/** A place or a distance a standing is ranked by: "third seed", "16th seed", "world 100m champion"; never a verb. */
const RANKED =
  /^(?:\d[\d,]*(?:m|km|st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
const ranksStanding = (tokens: Token[], i: number) =>
  RANKED.test((tokens[i] as Token).text) && STANDINGS.has(lower(tokens[i + 1] as Token));

/**
 * The role before a name walks back over one or two lower-case words of its
 * compound (`compounds`, the words taken so far), which the title words stop at.
 */
export function extendsCompound(
  tokens: Token[],
  i: number,
  phraseEnd: number,
  compounds: Set<number>,
): boolean {
  return (
    compounds.size < 2 &&
    i < phraseEnd &&
    leadsToRoleNoun(tokens, i + 1, compounds) &&
    (isCompoundBefore(tokens, i) || ranksStanding(tokens, i))
  );
}

/**
 * Where the role starts, given where the walk stopped: "to join shadow
 * culture secretary X", "Nominees include soul singer X": a compound's first
 * word after a verb may be a verb, so the role starts past the compound.
 */
export function compoundStart(tokens: Token[], compounds: Set<number>, walkStart: number): number {
  const first = Math.min(...compounds);
  // a place or distance is no verb: "beat third seed X"
  if (compounds.size === 0 || opensCompound(tokens, first - 1) || RANKED.test((tokens[first] as Token).text))
    return walkStart;
  let start = first;
  while (compounds.has(start)) start++;
  return start;
}
