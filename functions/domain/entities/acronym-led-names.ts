import type { Entity } from '../model/document';
import { memoBounded } from '../text/memo';
import type { AliasTable } from './alias-table';
import { isCommonWord } from './common-words';
import { isFirstName } from './first-names';
import { isKnownNationality, isKnownPlace } from './known-names';
import { EVENT_WORDS, INSTITUTION_WORDS, ORG_WORDS } from './lexicons';

/** An acronym, and the one to three capitalised words of a proper name after it ("PSA" + "Peugeot Citroen"). */
const ACRONYM = /^[\p{Lu}&]{2,6}$/u;
const PROPER_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u;
/** Words written in lower case in an article. */
const LOWER_WORD = /(?<!\p{L})\p{Ll}+(?!\p{L})/gu;
const lowerCaseWords = memoBounded((text: string) => new Set(text.match(LOWER_WORD)), 4);

/**
 * A firm's full name of an acronym and a proper name ("PSA Peugeot
 * Citroen", "BDO Stoy Hayward", "HACAN Clearskies"), written before the
 * acronym alone, is what the acronym names. No word after the acronym may
 * be one the article writes in lower case, a body's or an event's word, a
 * common word, a place, a nationality or a given name: "BBC News", "AOL
 * Europe", "IAAF Council", "EADS Philippe Camus" are an arm, a branch or a
 * person. Nor is an acronym the alias table knows ("BBC") the first of
 * its channels ("BBC One").
 */
export function spellsOutAcronym(text: string, long: Entity, short: Entity, table: AliasTable): boolean {
  if (!ACRONYM.test(short.name) || !long.name.startsWith(`${short.name} `)) return false;
  const rest = long.name.slice(short.name.length + 1);
  if (!PROPER_NAME.test(rest) || table.lookup(short.name)) return false;
  const first = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));
  return first(long) < first(short) && rest.split(' ').every((w) => onlyNames(text, w));
}

function onlyNames(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if ([ORG_WORDS, EVENT_WORDS, INSTITUTION_WORDS].some((s) => s.has(lower))) return false;
  if (isCommonWord(word) || isKnownPlace(word) || isKnownNationality(word) || isFirstName(word)) return false;
  return !lowerCaseWords(text).has(lower);
}
