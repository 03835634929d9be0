import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { INSTITUTION_WORDS, ORG_WORDS } from './lexicons';
import { cutInTwo, isKnownAs } from './name-parts';

/** Two capitalised names with "and" or "from" between them; the first no "X of …" or "X for …" a shared head runs on ("University of the Highlands and Islands", "Department for Work and Pensions"). */
const JOINED = /^(\p{Lu}(?:(?! (?:of|for) ).)*?) (?:and|from) (\p{Lu}.*)$/u;
/** Two names over "and", any "of" in either: the test that both are whole bodies (`wholeBodies`) decides. */
const OVER_AND = /^(\p{Lu}.*?) and (\p{Lu}.*)$/u;
/** Words a name is made of, and its words before an "of" phrase ("National Union of Students": National Union). */
const nameWords = (name: string) => name.replace(/^The /, '').split(' ');
const headWords = (name: string) => nameWords(name.split(' of ')[0] as string);

/** A number or "of" right after: the second name runs on past the mention ("Robocop 2", "News 24", "House of the Dead"). */
const RUNS_ON = /^\s+(?:\d|of\b)/u;
/** A number right after, taken into the second name when the alias table knows it so ("Channel 4"). */
const NUMBER_AFTER = /^ \d+(?!\p{L}|\p{N})/u;

/**
 * Two organisations the tagger ran together over "and" or "from" are two
 * entities: "Sony and Philips", "the IMF and World Bank", "Siemens and
 * Cadbury Schweppes", "the BBC from Channel 4" were one organisation each.
 * An organisation's mention is cut when its two names differ, the whole is
 * known as no name ("Trinidad and Tobago"), the first holds no "of" or
 * "for", and either the second with the number after it is a name the
 * alias table knows ("Channel" + " 4"), or one of the two is known as an
 * organisation on its own (./name-parts isKnownAs: the article's, the alias
 * table's or the gazetteer's, "CIA" but not "Cia") and the second runs on
 * past the mention into no number or "of". Each name joins the entity of
 * that name in the article, or makes one (./name-parts). In the document's
 * view only (./link).
 */
export function splitJoinedNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const known = (name: string, from: Entity) =>
    isKnownAs(name, ['ORG'], from, entities, table, isKnownOrganisation);
  return cutInTwo(
    entities,
    (from, mention) => {
      if (from.type !== 'ORG' || wholeIsKnown(mention, table)) return undefined;
      const after = text.slice(mention.end, mention.end + 4);
      const [, left, right] = JOINED.exec(mention.text) ?? [];
      if (left && right && left !== right) {
        const number = NUMBER_AFTER.exec(after)?.[0];
        if (number && isKnownAs(right + number, ['ORG'], from, entities, table, () => false))
          return [left, right + number, number.length];
        if ((known(left, from) || known(right, from)) && !RUNS_ON.test(after)) return [left, right];
        // "Paramount, Universal and Warner Brothers": the last two of a list a known firm opens
        if (!RUNS_ON.test(after) && afterListedFirm(text, mention, entities, known)) return [left, right];
      }
      const [, first, second] = OVER_AND.exec(mention.text) ?? [];
      return first && second && !RUNS_ON.test(after) && wholeBodies(first, second)
        ? [first, second]
        : undefined;
    },
    table,
  );
}

/** A known organisation's mention, then a comma, right before this one: it ends a list of firms. */
function afterListedFirm(
  text: string,
  mention: TextSpan,
  entities: Entity[],
  known: (name: string, from: Entity) => boolean,
): boolean {
  if (text.slice(mention.start - 2, mention.start) !== ', ') return false;
  return entities.some(
    (e) =>
      e.type === 'ORG' &&
      e.mentions.some((m) => m.end === mention.start - 2 && !m.text.includes(' and ') && known(m.text, e)),
  );
}

function wholeIsKnown(mention: TextSpan, table: AliasTable): boolean {
  return (
    table.lookup(mention.text) !== undefined ||
    isKnownOrganisation(mention.text) ||
    isKnownPlace(mention.text)
  );
}

/**
 * Two names over "and" that are each a whole body by its head word, of two
 * words or more: an organisation's last word, before any "of" ("Citizens
 * Bank and Canal Bank", "The Electoral Commission and National Union of
 * Students"), or one head word for both ("Sony Music and Universal Music").
 * One body's name names its fields over "and", not two heads ("Department
 * of Trade and Industry", "Commons Standards and Privileges Committee").
 */
function wholeBodies(first: string, second: string): boolean {
  const [a, b] = [headWords(first), headWords(second)];
  if (a.length < 2 || b.length < 2 || first.includes(' and ') || second.includes(' and ')) return false;
  const [lastA, lastB] = [a.at(-1) as string, b.at(-1) as string];
  if (lastA === lastB && !first.includes(' of ') && !second.includes(' of ')) return true;
  return [lastA, lastB].every(
    (w) => ORG_WORDS.has(w.toLowerCase()) || INSTITUTION_WORDS.has(w.toLowerCase()),
  );
}
