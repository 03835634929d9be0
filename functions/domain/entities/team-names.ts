import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownCountry, isKnownNationality, isKnownPlace } from './known-names';
import { isDemonym } from './lexicons';
import { retypeEntities } from './merge';

/** Words of a sport report, a competition's among them ("Premiership", "Six Nations", "FA Cup"); an article with three of them is about sport. */
const SPORT_WORD =
  /(?<![\p{L}-])(?:scored|goals?|touchdowns?|quarterback|striker|midfielder|goalkeeper|goaltender|defenseman|flanker|fly-half|scrum-half|innings|wickets?|playoffs?|overtime|half-time|halftime|season|coach|league|fixture|kick-?off|tries|referee|rugby|football|soccer|hockey|baseball|basketball|cricket|premiership|uefa|fifa|defender|winger|replays?|six nations|(?:fa|carling|uefa|league|heineken) cup|cup ties?)(?![\p{L}-])/giu;

/** A club's player or staff right after its name, a player's name after: "Leicester flanker Lewis Moody", "Wallabies coach Eddie Jones". */
const MEMBER =
  '(?:lock|flanker|wing|winger|centre|center|prop|hooker|scrum-half|fly-half|full-back|number eight|striker|midfielder|defender|goalkeeper|keeper|goaltender|goalie|defenseman|defenceman|quarterback|linebacker|receiver|running back|pitcher|captain|skipper|star|youngster|forward|manager|boss|coach|head coach|assistant (?:boss|manager|coach)|director of rugby|pass rusher)';
const MEMBER_NAMED = new RegExp(`^[ \\t]+${MEMBER}[ \\t]+\\p{Lu}`, 'u');
/** The same noun with no name after, after a determiner: "the Leicester flanker will", "former Wallabies coach". */
const MEMBER_AFTER = new RegExp(`^[ \\t]+${MEMBER}(?![\\p{L}-])`, 'u');
const DETERMINER_BEFORE = /(?<![\p{L}-])(?:(?:the|a|former|ex-)[ \t]+|ex-)$/iu;
/** A box score's line: "Wild 4, Sabres 1:" (the first side, then the second). */
const SCORE_FIRST = /^[ \t]+\d{1,3},[ \t]+\p{Lu}[\p{L}.' ]{0,30}[ \t]\d{1,3}(?!\d)/u;
const SCORE_SECOND = /(?:^|\n)[ \t]*\p{Lu}[\p{L}.' ]{0,30}[ \t]\d{1,3},[ \t]+$/u;
const SCORE_SECOND_AFTER = /^[ \t]+\d{1,3}(?![\d,.])/u;
/** A team's record after its name: "The Gophers (9-1, 6-1)", "as Columbus improved to 8-8-4". */
const RECORD_AFTER = /^[ \t]+(?:\(\d{1,2}-\d{1,2}(?:-\d{1,2})?[,)]|improved to \d{1,2}-\d{1,2})/u;
/** A result with the name its subject: "Minnesota beat Buffalo", "Ottawa held on to beat Detroit". */
const WIN_AFTER =
  /^[ \t]+(?:beat|defeated|edged|routed|thrashed|rolled past|held on to beat|(?:has|have) won \w+ (?:in a row|straight))(?![\p{L}-])/u;
/** A result, a transfer or a goal with the name its object: "beat the Devils", "a win over Birmingham", "a move to Preston", "scored for Ottawa". */
const TEAM_BEFORE =
  /(?<![\p{L}-])(?:beat|beating|defeated|defeating|(?:win|victory|triumph) (?:over|against)|(?:defeat|loss) (?:to|by|against)|draw (?:with|against)|derby (?:with|against)|scored (?:twice )?for|goals? for|appearances for|playing for|played for|move to|switch to|loan (?:spell )?(?:at|from|to)|sign for|signed for|join|joined)[ \t]+(?:the[ \t]+)?$/iu;
/**
 * A player's or manager's time with a club, or his old club: "a poor stint at Leeds", "sacked at
 * Oldham", "managed by Mourinho at Porto", "captain of Leicester", "old club West Brom". Not a bare
 * "played at" or "won at", which may be the town a match is played in.
 */
const TENURE_BEFORE =
  /(?<![\p{L}-])(?:(?:time|spells?|stint|career|future|job|in charge|sacked|team-mate|consultant|(?:managed|coached) by \p{Lu}[\p{L}'’-]{1,20}|played under (?:him|\p{Lu}[\p{L}'’-]{1,20})|experience came)[ \t]+at|captain of|(?:old|former) club)[ \t]+$/iu;
/** A club's bid or its place in a competition: "Birmingham's £6m offer", "Chelsea's Premiership lead". */
const POSSESSIVE_AFTER =
  /^['’]s[ \t]+(?:£\S+[ \t]+(?:offer|bid)|(?:Premiership|Premier League|league|Champions League|Uefa Cup|FA Cup|Carling Cup)[ \t]+(?:lead|defeat|tie|fixture|clash|exit))(?![\p{L}-])/u;
/** A plural verb opening a clause, as British English writes of a club: "Birmingham have confirmed", "The Magpies were opened up". */
const PLURAL_AFTER = /^[ \t]+(?:have|are|were)(?![\p{L}-])/u;
const CLAUSE_BEFORE =
  /(?:^|[.!?:;"“”\n][ \t]*|(?<![\p{L}-])(?:that|but|when|while|after|as)[ \t]+)(?:[Tt]he[ \t]+)?$/u;

/**
 * A nickname after a preposition and "the", as only a side is written ("for the Magpies", "with the
 * Toffees"), or after "at" or "against" alone ("at Spurs"; not a surname typed a person: "with Jones").
 */
const NICKNAME_BEFORE = /(?<![\p{L}-])(?:for|with|at|against)[ \t]+the[ \t]+$/iu;
const BARE_NICKNAME_BEFORE = /(?<![\p{L}-])(?:at|against)[ \t]+$/iu;

/** Words that say a place is the place: "in Boston", "a St. Louis native", "Leeds-based". */
const PLACE_BEFORE = /(?<![\p{L}-])(?:in|near)[ \t]+$/iu;
const PLACE_AFTER = /^(?:[ \t]+(?:native|born)(?![\p{L}-])|-based|-born)/u;

/**
 * In an article about sport, a town, state or region that the words around
 * one of its mentions call a team ("Leicester flanker Lewis Moody", "Minnesota
 * beat Buffalo", "scored for Ottawa", "Birmingham have confirmed") is the
 * club, an organisation, as the tagger already types most clubs named for
 * their towns (`org.leicester`); so is a team's nickname the tagger typed a
 * person, place or thing ("Wasps scrum-half Matt Dawson", "Bruins 5, Devils
 * 1", "The Gophers (9-1, 6-1)"), as is a name that ends on a club's word
 * ("Glasgow Rugby", "Sale Sharks"). Not a country, whose national side stays
 * the country, a nationality ("the Kiwis" stays as tagged where no cue
 * calls it a side), nor a place any mention of which says it is one ("in
 * New York", "a New Jersey native"). In the document's view only (./link).
 */
export function retypeTeamNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  if (!isAboutSport(text)) return entities;
  // the alias table's names keep its type: "Lancashire" is the county (./aliases.json)
  return retypeEntities(entities, (e) => (!table.lookup(e.name) && isTeam(text, e) ? 'ORG' : undefined));
}

export function isAboutSport(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(SPORT_WORD)) if (++n >= 3) return true;
  return false;
}

/**
 * A club's name by its last word, a sport's or a nickname's: "Glasgow Rugby", "Sale Sharks",
 * "Worcester Warriors", "Neath-Swansea Ospreys", "Milton Keynes Dons" (not "City" or "Town": "Mexico City").
 */
const CLUB_NAME =
  /^\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,2} (?:Rugby|Ospreys|Dragons|Scarlets|Warriors|Sharks|Bulls|Harlequins|Dons|Tykes|Falcons|Rovers|Wanderers|Albion|Hotspur|Argyle)$/u;

function isTeam(text: string, e: Entity): boolean {
  if (e.type === 'ORG' || e.type === 'NORP' || e.type === 'EVENT' || e.mentions.length === 0) return false;
  if (CLUB_NAME.test(e.name) && !isKnownPlace(e.name)) return true;
  const town = (e.type === 'GPE' || e.type === 'LOC') && isTownName(e.name);
  const nickname = isNickname(e.name);
  if (!town && !nickname) return false;
  if (town && e.mentions.some((m) => saysPlace(text, m.start, m.end))) return false;
  return e.mentions.some(
    (m) =>
      isTeamCued(text, m.start, m.end) || (nickname && isNicknameCued(text, m.start, e.type !== 'PERSON')),
  );
}

/** Countries and nations the gazetteer's country list leaves out, whose sides stay the country too. */
const NATION =
  /^(?:Northern Ireland|Great Britain|Britain|Holland|Soviet Union|USSR|Yugoslavia|Czechoslovakia|(?:West|East) Germany|Serbia(?: and |-| & )Montenegro|Republic of Ireland)$|(?:Republic|Union|Kingdom|States|Islands|Emirates)$/u;

/** A ground's last word: "a move to Ashburton Grove" is the club's new ground. */
const GROUND = / (?:Grove|Park|Road|Lane|Bridge|Stadium|Arena|Ground|Field|Trafford|Meadows)$/u;

/** A name of a town or region (one to three capitalised words) that is no country: a national side stays its country. */
function isTownName(name: string): boolean {
  return (
    /^\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,2}$/u.test(name) &&
    !GROUND.test(name) &&
    !isKnownCountry(name) &&
    !NATION.test(name) &&
    !isKnownNationality(name)
  );
}

/** A capitalised plural of one word, no nationality: "Wasps", "Devils", "Gophers"; not "Americans". */
function isNickname(name: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{2,20}s$/u.test(name) &&
    !isDemonym(name) &&
    !isKnownNationality(name) &&
    !isKnownPlace(name)
  );
}

function saysPlace(text: string, start: number, end: number): boolean {
  return (
    PLACE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    PLACE_AFTER.test(text.slice(end, end + 10))
  );
}

function isTeamCued(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 50);
  return (
    MEMBER_NAMED.test(after) ||
    (MEMBER_AFTER.test(after) && DETERMINER_BEFORE.test(before)) ||
    SCORE_FIRST.test(after) ||
    (SCORE_SECOND.test(before) && SCORE_SECOND_AFTER.test(after)) ||
    RECORD_AFTER.test(after) ||
    WIN_AFTER.test(after) ||
    TEAM_BEFORE.test(before) ||
    TENURE_BEFORE.test(before) ||
    POSSESSIVE_AFTER.test(after) ||
    (PLURAL_AFTER.test(after) && CLAUSE_BEFORE.test(before))
  );
}

function isNicknameCued(text: string, start: number, bare: boolean): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return NICKNAME_BEFORE.test(before) || (bare && BARE_NICKNAME_BEFORE.test(before));
}
