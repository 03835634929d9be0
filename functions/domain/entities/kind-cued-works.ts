import type { Entity } from '../model/document';
import { type AliasLookup, defaultAliasTable } from './alias-table';
import { isFirstName } from './first-names';
import { isKnownName, isKnownNationality, isKnownOrganisation, isKnownPlace } from './known-names';
import { isListedNational } from './lexicons';
import { retypeEntities } from './merge';
import { CALLED_BEFORE, KIND_BEFORE, PERSON_NEXT, PRIZE_BEFORE } from './work-cues';

/**
 * Kinds of work ./work-cues leaves out, as they are verbs or places too:
 * "soap", "book", "opera", "show" after a word that makes it a noun
 * ("TV show Twin Peaks", "the show X"; not "figures show X"), and "game"
 * after a word that makes it a game played, not a match ("board game
 * Cluedo", "console game Rising Sun"; not "the game Andre Nzame III").
 */
const MORE_KINDS_BEFORE =
  /(?<![\p{L}-])(?:(?<!(?:to|will|would|could|can|may|might|must|should|not|n't)\s+)(?:soap|book|opera)|(?:the|TV|chat|talk|night|car|crime|cult|quiz|reality|ITV1?|BBC)\s+show|(?:video|computer|console|board|rhythm|role-playing)\s+game)\s+$/iu;

/**
 * A record named as one: "Robbie Williams track Misunderstood", "first
 * single Hey Joe", "their hit Vertigo", "the 2002 hit About Schmidt"; not
 * the verb ("could hit Radcliffe", "action hit Jobcentres").
 */
const RECORD_BEFORE =
  /(?<![\p{L}-])(?:track|single|(?:the|a|his|her|their|its|debut|first|biggest|latest|smash|horror|comedy|\p{N}{4})\s+hit)\s+$/iu;

/** A year's possessive before a title: "1972's Toulouse Street", "1989's Shirley Valentine" (./cued-titles spots untagged ones). */
const YEAR_BEFORE = /(?<![\p{L}\p{N}])(?:1[89]|20)\d\d['’]s\s+$/u;

/**
 * A work set off by commas after its kind, with a word before the kind
 * ("their debut single, Unconditional,", "his next major film, Donnie
 * Brasco,", "The third studio album, Absolution."); not after a preposition
 * and "the" ("the director of the film, Vinod Pande,", "After the game,").
 */
const APPOSED_KIND_BEFORE =
  /(?<![\p{L}-])(?<!(?:of|in|on|at|for|from|with|after|during|before)\s+the\s+)(?:album|single|song|track|film|movie|novel|book|comedy|drama|documentary|musical|sitcom|show|series|game),\s$/iu;
/** A comma, a stop or a semicolon closing the title: not "game, Moyes said", "film, Ice Cube's comedy". */
const APPOSED_AFTER = /^[,.;]/u;

/** A record's noun, not the adjective: "their recent single Vertigo", "the track Mosh"; not "a single AAA battery". */
const RECORD_NOUN_BEFORE = /(?<![\p{L}-])(?:track|(?<!(?:a|one|each|every|any)\s+)single)\s+$/iu;
/** A name before a record's noun is its artist: "the Band Aid single", "the Band Aid 20 song". */
const ARTIST_AFTER = /^(?:\s\p{N}{1,4})?\s(?:single|song|album|track)\b/u;

/**
 * A name typed a body or a place right after the kind of work it is:
 * "ITV drama Footballers' Wives", "BBC comedy Gimme Gimme Gimme", "Sony
 * horror film The Grudge", "her book Small Island", "their album Hot Fuss",
 * "their recent single Vertigo", "the track Mosh", or right after a prize
 * it won ("best rap album for The College Dropout") or after a year's
 * possessive ("1972's Toulouse Street", "1985's Clue") or its kind and
 * "called" ("The book was called The Dragon Waiting") is a work (MISC), with
 * all its mentions. ./work-cues does this for names
 * typed a person, in both views; this is the document's view only (./link).
 * Not a name the alias table knows ("series Who's Your Daddy" is no WHO), a
 * place or body the gazetteer knows ("the album Egypt" is the country's name
 * too), nor a nationality ("the song Britons would most like played").
 */
export function retypeKindCuedWorks(
  text: string,
  entities: Entity[],
  table: AliasLookup = defaultAliasTable,
): Entity[] {
  return retypeEntities(entities, (e) =>
    isKindCuedWork(text, e, table) || isKindCuedPersonWork(text, e) || isApposedWork(text, e, table)
      ? 'MISC'
      : undefined,
  );
}

/**
 * A name typed a person right after a kind ./work-cues leaves out: "TV
 * soap Brookside", "teen soap Hollyoaks", "the opera Carmen", "track
 * Misunderstood", or after a year's possessive ("1977's Wombling Free").
 * Not a name opening on a given name ("every track Robbie has released")
 * but after a year, nor one a person's verb follows.
 */
function isKindCuedPersonWork(text: string, e: Entity): boolean {
  if (e.type !== 'PERSON') return false;
  // a year's possessive names no one, so a title may open on a given name ("1989's Shirley Valentine")
  const given = isFirstName(e.name.split(/\s+/)[0] as string);
  return e.mentions.some((m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (PERSON_NEXT.test(text.slice(m.end, m.end + 40))) return false;
    if (YEAR_BEFORE.test(before)) return true;
    return !given && (MORE_KINDS_BEFORE.test(before) || RECORD_BEFORE.test(before));
  });
}

function isKindCuedWork(text: string, e: Entity, table: AliasLookup): boolean {
  if (e.type === 'GPE' || e.type === 'LOC') {
    if (isKnownPlace(e.name)) return false;
  } else if (e.type !== 'ORG' || isKnownOrganisation(e.name)) return false;
  if (isKnownNationality(e.name) || isListedNational(e.name) || table.lookup(e.name)) return false;
  return (
    e.mentions.some((m) => {
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      return (
        KIND_BEFORE.test(before) ||
        MORE_KINDS_BEFORE.test(before) ||
        RECORD_NOUN_BEFORE.test(before) ||
        CALLED_BEFORE.test(before) ||
        YEAR_BEFORE.test(before) ||
        PRIZE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))
      );
    }) && !e.mentions.some((m) => ARTIST_AFTER.test(text.slice(m.end, m.end + 20)))
  );
}

/** A name of any of these types set off by commas right after its kind of work ("her latest movie, Eucalyptus, with …"). */
function isApposedWork(text: string, e: Entity, table: AliasLookup): boolean {
  if (e.type !== 'PERSON' && e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'ORG') return false;
  // the mentions first, the mark after before the kind: few names are set off so, and the lookups cost more
  const apposed = e.mentions.some(
    (m) =>
      APPOSED_AFTER.test(text.slice(m.end, m.end + 1)) &&
      APPOSED_KIND_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)),
  );
  return apposed && !isKnownName(e.name) && !table.lookup(e.name);
}
