import type { Entity } from '../model/document';
import { BARE, namesBareLaw } from './law-names';
import { joinToSoleFit } from './merge';

/**
 * Words that name a body, building or law only after its full name:
 * "Manchester United … United", "the Bank of England … the Bank", "the
 * European Commission … the Commission", "the Millennium Dome … the Dome",
 * "the Road Safety Bill … the Bill". Not newspaper words: "The Times" is no
 * "Sunday Times".
 */
// biome-ignore format: compact word list
const GENERIC = new Set([
  'United', 'City', 'Rovers', 'Athletic', 'Bank', 'Commission', 'House', 'Lords', 'Federation', 'Council',
  'Senate', 'Republic', 'Exchange', 'Ministry', 'Assembly', 'Executive', 'Court', 'Board', 'Authority',
  'Agency', 'Institute', 'Society', 'Association', 'League', 'Committee', 'Union', 'Dome', 'Bill', 'Act',
]);

/**
 * A body the article names by a generic head alone joins the one entity of
 * the article whose name ends with that word or opens with "<word> of",
 * which keeps its id, name and type; with two such names ("Leeds United"
 * and "Manchester United") it joins neither. The head is no alias of the
 * full name: "united" should not find every club. Nor does a head a
 * capitalised word opens ("Shareholders United", the fans' group, is not the
 * club). In the document's view only (./link).
 */
export function joinGenericHeads(text: string, entities: Entity[]): Entity[] {
  return joinToSoleFit(
    entities,
    (short) =>
      GENERIC.has(short.name) &&
      !short.mentions.some((m) => namePart(text, m.start)) &&
      // "the Bill", not "ID cards Bill", another bill the tagger cut
      (!BARE.test(short.name) || namesBareLaw(text, short)),
    (long, short) => long.name.endsWith(` ${short.name}`) || long.name.startsWith(`${short.name} of `),
    { partial: true },
  );
}

/** Whether a capitalised word other than a determiner opening a sentence ("The", "No Bill goes", "This Court") stands right before `start`. */
function namePart(text: string, start: number): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && !/^(?:The|No|This)$/.test(before[1] as string);
}
