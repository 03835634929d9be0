import type { Entity, Range } from '../model/document';

/** A name of up to four capitalised words: "Fat Joe", "Lords Bingham", "Theresa May". */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]{0,24}(?:\s\p{Lu}[\p{L}'’.-]{0,24}){0,3}`;
/** One more item, read back from the one after it: "Fat Joe, ", "David Davis and ". */
const ITEM_BEFORE = new RegExp(String.raw`(?<![\p{L}'’.-])${NAME}(?:,\s|,?\s(?:and|or)\s)$`, 'u');
/** One more item after it: ", Nas", " and Jadakiss". */
const ITEM_AFTER = new RegExp(String.raw`^(?:,\s|,?\s(?:and|or)\s)${NAME}(?![\p{L}'’.-])`, 'u');
/** What opens a list of examples: "artists including Fat Joe", "Others targeted include Oliver Letwin". */
const OPENER = /(?<![\p{L}-])(?:including|include|includes|included|such\s+as)\s$/u;
/** Items a list of names has at least, with no opener: "Lords Bingham, Steyn, Hope and Carswell". */
const MIN_ITEMS = 3;
/** Items read either way, at most. */
const MAX_ITEMS = 10;

/**
 * Whether a "person" is only ever named as one of a list: examples after
 * "including" or "such as", or three or more names joined by commas and
 * "and" ("sitting with Lords Bingham, Steyn, Hope and Carswell"), where
 * the story names them outside quotes. No later "he" or "she" stands for
 * one of them: "50 Cent … has been involved in rivalries with fellow
 * artists including Fat Joe, Nas and Jadakiss. He has claimed credit …" is
 * 50 Cent's, whom the tagger did not find ("Nas is one of my friends," a
 * rapper said: a quote names him, the narration does not).
 */
export function namesOnlyInLists(text: string, quotes: Range[], person: Entity): boolean {
  // read once per document's entity, not once per pronoun
  const known = read.get(person);
  if (known !== undefined) return known;
  const told = person.mentions.filter((m) => !quotes.some((q) => q.start <= m.start && m.end <= q.end));
  const listed = told.every((m) => inList(text, m.start, m.end));
  read.set(person, listed);
  return listed;
}
const read = new WeakMap<Entity, boolean>();

function inList(text: string, start: number, end: number): boolean {
  let first = start;
  let items = 1;
  let joined = false;
  for (let k = 0; k < MAX_ITEMS; k++) {
    const before = ITEM_BEFORE.exec(text.slice(Math.max(0, first - 120), first));
    if (!before) break;
    joined ||= /\s(?:and|or)\s$/.test(before[0]);
    first -= before[0].length;
    items++;
  }
  if (OPENER.test(text.slice(Math.max(0, first - 20), first))) return true;
  let last = end;
  for (let k = 0; k < MAX_ITEMS; k++) {
    const after = ITEM_AFTER.exec(text.slice(last, last + 120));
    if (!after) break;
    joined ||= /^,?\s(?:and|or)\s/.test(after[0]);
    last += after[0].length;
    items++;
  }
  return joined && items >= MIN_ITEMS;
}
