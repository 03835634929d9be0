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
  while (i >= 0 && acceptsInRole(tokens, i)) i--;
  let phraseStart = i + 1;
  while (phraseStart <= phraseEnd && /^(the|a|an|of|and|,)$/i.test((tokens[phraseStart] as Token).text))
    phraseStart++;
  if (phraseStart > phraseEnd) return [];
  const phrase = tokens.slice(phraseStart, phraseEnd + 1);
  if (!phrase.some((t) => ROLE_NOUNS.has(lower(t)) || RANKS.has(lower(t)))) return [];
  if (crossedComma && !phrase.some((t) => ROLE_NOUNS.has(lower(t)))) return [];
  if (crossedComma && officeInReport(tokens, phraseStart, lastIndex)) return [];
  return splitRank(text, phrase);
}

function acceptsInRole(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const w = lower(t);
  if (ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w) || RANKS.has(w)) return true;
  if (/^[()]$/.test(t.text)) return true;
  if (/^\p{L}+-\p{L}+$/u.test(t.text) && !isCapitalized(t)) return true; // anti-terror
  return isCapitalized(t) && !SENTENCE_STARTERS.has(t.text);
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

/** ", the Pentagon press secretary," just after the name. */
function rolesAfter(text: string, tokens: Token[], lastIndex: number): string[] {
  if (tokens[lastIndex + 1]?.text !== ',') return [];
  let i = lastIndex + 2;
  while (/^(the|a|an)$/i.test(tokens[i]?.text ?? '')) i++;
  const start = i;
  while (
    i < tokens.length &&
    (acceptsInRole(tokens, i) || /^(of|for|and|the)$/i.test((tokens[i] as Token).text))
  )
    i++;
  const phrase = tokens.slice(start, i);
  const end = tokens[i]?.text;
  if (phrase.length === 0 || !(end === ',' || end === '.' || end === undefined)) return [];
  if (!phrase.some((t) => ROLE_NOUNS.has(lower(t)))) return [];
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
