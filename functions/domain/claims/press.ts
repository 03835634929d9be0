import type { Entity } from '../model/document';

/** Heads of a nominal for a newspaper: "the newspaper", "the paper", "the daily", "the trade weekly". */
export const PRESS_HEADS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadsheet']);

/** A title that ends on a masthead word ("Financial Times", "The Sun"), or opens "Daily"/"Sunday". */
const MASTHEAD =
  /(?:^|\s)(?:Times|Telegraph|Post|Journal|Guardian|Observer|Herald|Tribune|Gazette|Independent|Mail|Express|Mirror|Sun|Standard|Chronicle|Scotsman|Zeitung|Deutschland|Daily|Reporter)$|^(?:The\s+)?(?:Daily|Sunday)\s+\p{Lu}/u;
/** Titles with no masthead word in them. */
const TITLES = new Set([
  'News of the World',
  'Mail on Sunday',
  'The Mail on Sunday',
  'Arab News',
  'Beijing News',
  'Vedomosti',
  'Kommersant',
  'Izvestia',
  'Der Spiegel',
  'Le Monde',
  'Le Figaro',
  'FT',
  'WSJ',
  'NYT',
]);
/** Broadcasters and firms named like a paper. */
const NOT_PRESS =
  /^(?:BBC|Sky|Fox|CNN|ITV|CBS|NBC|ABC|Royal Mail|Deutsche Post|American Express|Polar Express)\b/u;

/** Whether a name is a newspaper's title. */
export function isMasthead(name: string): boolean {
  return !NOT_PRESS.test(name) && (TITLES.has(name) || MASTHEAD.test(name));
}

/** The organisations the article names that are newspapers, by any of their names. */
export function newspapers(entities: Entity[]): Entity[] {
  return entities.filter((e) => e.type === 'ORG' && [e.name, ...e.aliases].some(isMasthead));
}
