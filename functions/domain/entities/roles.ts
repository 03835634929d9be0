import type { Token } from '../text/tokenize';
import { RANKS, ROLE_NOUNS } from './lexicons';
import { closesOffice } from './office-generals';
import { rankingBefore } from './ranking-roles';
import { isRemitTo } from './remit-to';
import { officeInReport } from './reported-office';
import { compoundStart, extendsCompound } from './role-compounds';
import { ownerStart } from './role-owners';
import { acceptsInRole, HONORIFICS, lower, namesRole, STANDALONE_RANKS } from './role-words';
import { rolesAfter } from './roles-after';
import { commaBeforeTitle, fromOwnArticle } from './titled-appositions';

export interface PersonName {
  /** Offsets of the bare name, ranks removed. */
  start: number;
  end: number;
  roles: string[];
}

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
  // "its chairman, Sir Tom Bell,": the office before the title's comma, then the title
  const comma = commaBeforeTitle(tokens, first, last);
  const roles = [
    ...(comma === undefined ? [] : rolesBefore(text, tokens, comma + 1, last).map(fromOwnArticle)),
    ...rolesBefore(text, tokens, first, last),
    ...rolesAfter(text, tokens, last),
  ];
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
    else if (extendsCompound(tokens, i, phraseEnd, compounds)) {
      compounds.add(i);
      i--;
    } else break;
  }
  // "China's ambassador to Britain X": the body or country owning the post is part of it
  let phraseStart = compoundStart(tokens, compounds, ownerStart(tokens, i) ?? i + 1);
  while (phraseStart <= phraseEnd && /^(the|a|an|of|and|,)$/i.test((tokens[phraseStart] as Token).text))
    phraseStart++;
  if (phraseStart > phraseEnd) {
    const ranking = crossedComma ? undefined : rankingBefore(text, (tokens[nameIndex] as Token).start);
    return ranking ? [ranking] : [];
  }
  let phrase = tokens.slice(phraseStart, phraseEnd + 1);
  // "(tour manager) Bill Beaumont" in a list of staff
  if (phrase.length > 2 && phrase[0]?.text === '(' && phrase.at(-1)?.text === ')')
    phrase = phrase.slice(1, -1);
  if (!phrase.some((t) => namesRole(tokens, t) || RANKS.has(lower(t)))) return [];
  if (crossedComma && !phrase.some((t) => namesRole(tokens, t))) return [];
  if (crossedComma && officeInReport(tokens, phraseStart, lastIndex)) return [];
  return splitRank(text, phrase);
}

/** Splits a trailing military or academic rank off an office. */
function splitRank(text: string, phrase: Token[]): string[] {
  const last = phrase[phrase.length - 1] as Token;
  const head = phrase[0] as Token;
  if (HONORIFICS.has(lower(last))) return phrase.length > 1 ? splitRank(text, phrase.slice(0, -1)) : [];
  if (phrase.length > 1 && STANDALONE_RANKS.has(lower(last)) && !closesOffice(phrase)) {
    const office = phrase.slice(0, -1);
    const hasOffice = office.some((t) => ROLE_NOUNS.has(lower(t)));
    return hasOffice
      ? [text.slice(head.start, (office.at(-1) as Token).end), last.text]
      : [text.slice(head.start, last.end)];
  }
  return [text.slice(head.start, last.end)];
}

function findLast<T>(items: T[], pred: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (pred(items[i] as T)) return i;
  return -1;
}
