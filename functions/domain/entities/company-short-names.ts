import type { Entity } from '../model/document';
import { spellsOutAcronym } from './acronym-led-names';
import type { AliasTable } from './alias-table';
import { isKnownPlace } from './known-names';
import { FIRM_DESIGNATORS, ORG_WORDS } from './lexicons';
import { joinToSoleFit } from './merge';
import { mayNameAFirm } from './org-anchors';

/**
 * Words a company's full name adds to the name it goes by: "Cairn Energy" is
 * Cairn, "Altria Group" Altria. Not "Capital", which names an arm of its
 * own ("Barclays Capital" is not Barclays).
 */
// biome-ignore format: compact word list
const DESIGNATORS = new Set([
  ...FIRM_DESIGNATORS,
  'Group', 'Holding', 'Motor', 'Corporation', 'Corp', 'Company', 'Energy', 'Steel', 'International', 'Finance',
  'Financial', 'Services', 'Bank', 'Breweries', 'Doughnuts', 'Microsystems', 'Broadband', 'Magazine', 'Security',
  'Electronics', 'Research',
]);

/**
 * A company the article names by its first word alone joins the one full
 * name that adds only designators to it ("Cairn said" is Cairn Energy,
 * "Nortel" Nortel Networks) or only partners after "&" ("Marsh" is Marsh &
 * McLennan), or an acronym that opens a proper name ("PSA" is PSA Peugeot
 * Citroen, ./acronym-led-names), keeping the full name's id and type; with two
 * such names (Reliance Industries and Reliance Energy) it joins neither.
 * The short name must be one that may name a firm (./org-anchors: no
 * common or organisation word, "News") and no place ("Japan" typed an
 * organisation).
 * The last word of a full name is ./org-anchors' ("Rover" is MG Rover).
 * After the full name, the short one may also be a common word or two
 * ("Southwest Airlines … Southwest", "United Breweries … United", "Krispy
 * Kreme Doughnuts … Krispy Kreme"), as the full name said which firm it is;
 * a headline, which writes the short name before the body gives the full one,
 * does not count (`bodyStart`). A firm's regional arm named first ("Lycos
 * Europe … Lycos said") is what its bare name means after it; named after
 * it ("Nintendo … Nintendo Europe's general manager"), it is an arm apart.
 * In the document's view only (./link).
 */
export function joinCompanyShortNames(
  text: string,
  entities: Entity[],
  table: AliasTable,
  bodyStart = 0,
): Entity[] {
  return joinToSoleFit(
    entities,
    (short) => short.type === 'ORG' && (isShortName(short.name) || isCommonShortName(short.name)),
    (long, short) =>
      long.type === 'ORG' &&
      ((isShortName(short.name)
        ? addsDesignators(long.name, short.name) || spellsOutAcronym(text, long, short, table)
        : addsDesignators(long.name, short.name) && namedFirst(long, short, bodyStart)) ||
        (addsRegion(long.name, short.name) && namedFirst(long, short, bodyStart))),
    { partial: true },
  );
}

const isShortName = (name: string) => mayNameAFirm(name) && !isKnownPlace(name);

/** One or two capitalised words, none an organisation's word ("News") nor a place. */
const COMMON_SHORT = /^\p{Lu}[\p{Ll}'’-]{2,20}(?: \p{Lu}[\p{Ll}'’-]{1,20})?$/u;
const isCommonShortName = (name: string) =>
  COMMON_SHORT.test(name) &&
  !isKnownPlace(name) &&
  !name.split(' ').some((w) => ORG_WORDS.has(w.toLowerCase()));

/** Regions after a firm's name that make its regional arm ("Lycos Europe", "AOL UK"). */
// biome-ignore format: compact word list
const REGIONS = new Set([
  'Europe', 'UK', 'Britain', 'America', 'Asia', 'Africa', 'Australia', 'Japan', 'China', 'India', 'Germany',
  'France', 'Canada', 'Ireland', 'USA',
]);

const addsRegion = (long: string, short: string) =>
  long.startsWith(`${short} `) && REGIONS.has(long.slice(short.length + 1));

/** The full name's first mention comes before every mention of the short one in the body. */
const namedFirst = (long: Entity, short: Entity, bodyStart: number) =>
  long.mentions.length > 0 &&
  short.mentions.every((m) => m.start < bodyStart || long.mentions.some((l) => l.start < m.start));

/** A firm named for partners ("Marsh & McLennan", "Tate & Lyle"), which goes by its first partner's name. */
const PARTNERS_AFTER = /^ & \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;

function addsDesignators(long: string, short: string): boolean {
  if (PARTNERS_AFTER.test(long.slice(short.length)) && long.startsWith(short)) return true;
  if (!long.startsWith(`${short} `)) return false;
  return long
    .slice(short.length + 1)
    .replace(/^Air Lines$/, 'Airlines')
    .split(' ')
    .every((w) => DESIGNATORS.has(w));
}
