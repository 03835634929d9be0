import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isFirstName } from './first-names';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { ROLE_NOUNS } from './lexicons';
import { retypeEntities } from './merge';
import { isNameWord } from './person-cues';

/** Initials and a surname: "JK Rowling", "EB White", "J.K. Rowling", "P. L. Travers". */
const INITIALLED = /^(?:\p{Lu}{1,3}|\p{Lu}\.(?: ?\p{Lu}\.){0,2}) (\p{Lu}[\p{L}'’-]{1,24})$/u;
/** A role word right before the name: "Bollywood composer AR Rahman", "author JK Rowling". */
const ROLE_BEFORE = /(?:^|[^\p{L}-])(\p{Ll}+)\s+$/u;
/** Who wrote, composed or drew a work, or was interviewed: "the book by PL Travers", "a song composed in English by", "an interview with". */
const MAKER_BEFORE =
  /\b(?:(?:book|novel|story|stories|poem|poems|written|composed|illustrated)\b[^.;:!?"]{0,20}\bby|interview(?:ed)?\s+with)\s+$/u;
/** A role after the name: "G Money, a presenter on …". */
const ROLE_AFTER = /^,\s+(?:a|an|the)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\b/u;
/** A work the name wrote: "JK Rowling's fifth book". */
const WORK_AFTER = /^['’]s\s+(?:\p{Ll}+\s+){0,2}(?:book|books|novel|novels|story|stories|poem|poems)\b/u;

/** A list's separator between two items. */
const LIST_GAP = /^(?:,\s|,?\s(?:and|or)\s)$/u;
/** Where a list's item ends: its separator, a stop, a semicolon or the text's end. */
const ITEM_END = /^(?:,\s|,?\s(?:and|or)\s|[.;]|$)/u;

/**
 * Initials and a surname the tagger typed as no person ("JK Rowling",
 * "EB White", "AR Rahman" were organisations, as firms named so are: "JP
 * Morgan", "JD Power", "AG Edwards") are a person where the words around a
 * mention say so: a role word before it ("composer AR Rahman") or after it
 * and a comma ("G Money, a presenter"), the work it made ("the book by PL
 * Travers", "the story by EB White", "JK Rowling's fifth book"), or "an
 * interview with"; or a list of people, an item next to a person's full
 * name ("Edgar Allan Poe, E Nesbit and Ambrose Bierce"), not one an
 * apposition goes on from ("Carol Walker, BBC News 24 political
 * correspondent"). Not "led by", "created by", "report by": firms lead,
 * create and report; nor capitals the article writes alone too ("UK
 * nominee TV Diaries" beside "TV"; initials before another name, "JP Morgan" beside
 * "JP McManus", are no acronym). A name the alias table or the gazetteer knows keeps
 * its type. In the document's view only (./link).
 */
export function retypeInitialledPeople(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const people = entities.flatMap((e) =>
    e.type === 'PERSON'
      ? e.mentions.filter((m) => /\s/u.test(m.text) && isFirstName(m.text.split(/\s/u)[0] as string))
      : [],
  );
  return retypeEntities(entities, (e) =>
    e.type !== 'PERSON' &&
    isInitialled(e.name, table) &&
    !standsAlone(text, e.name) &&
    e.mentions.some((m) => isPersonCued(text, m.start, m.end) || isListedWithPeople(text, m, people))
      ? 'PERSON'
      : undefined,
  );
}

function isInitialled(name: string, table: AliasTable): boolean {
  const surname = INITIALLED.exec(name)?.[1];
  return (
    surname !== undefined &&
    // a Scots or Irish prefix before the surname's capital: "JP McManus"
    isNameWord(surname.replace(/^Ma?c(?=\p{Lu})/u, '')) &&
    !table.lookup(name) &&
    !isKnownOrganisation(name) &&
    !isKnownPlace(name)
  );
}

/** Capitals the article writes without the surname too are an acronym, not initials: "UK nominee TV Diaries" beside "TV". */
function standsAlone(text: string, name: string): boolean {
  const space = name.lastIndexOf(' ');
  const initials = name.slice(0, space);
  const surname = name.slice(space);
  for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + 1)) {
    const end = at + initials.length;
    if (/[\p{L}\p{N}.]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    // the same initials before another name stand for it: "JP Morgan" beside "JP McManus"
    if (!text.startsWith(surname, end) && !/^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) return true;
  }
  return false;
}

function isPersonCued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const role = ROLE_BEFORE.exec(before)?.[1];
  const roleAfter = ROLE_AFTER.exec(after)?.[1];
  return (
    (role !== undefined && ROLE_NOUNS.has(role)) ||
    (roleAfter !== undefined && ROLE_NOUNS.has(roleAfter)) ||
    MAKER_BEFORE.test(before) ||
    WORK_AFTER.test(after)
  );
}

/** An item of a list whose next or last item is a person's full name, given name first. */
function isListedWithPeople(text: string, m: TextSpan, people: TextSpan[]): boolean {
  if (!ITEM_END.test(text.slice(m.end, m.end + 6))) return false;
  return people.some(
    (p) =>
      (p.end <= m.start && LIST_GAP.test(text.slice(p.end, m.start))) ||
      (m.end <= p.start && LIST_GAP.test(text.slice(m.end, p.start))),
  );
}
