import type { Entity } from '../model/document';
import { honorificBefore } from './honorifics';
import { FIRM_DESIGNATORS } from './lexicons';
import { retypeEntities } from './merge';

/**
 * A firm's designator no surname is, ending a name: "Asahi Breweries",
 * "Tyson Foods", "Creative Labs", "Krome Studios", "Harris Interactive".
 * Not "Steel" or "Energy", which end people's names too ("Helen Steel").
 */
// biome-ignore format: compact word list
const DESIGNATORS = new Set([
  ...FIRM_DESIGNATORS,
  'Breweries', 'Brewery', 'Labs', 'Laboratories', 'Foods', 'Studios', 'Interactive', 'Pharmaceuticals', 'Electronics',
  'Telecom', 'Telecoms', 'Semiconductor', 'Insurance', 'Investments',
  // an athletics club's: "Birchfield Harriers", "Herne Hill Harriers"
  'Harriers',
  // a US firm's legal form: "McClatchy Co."
  'Co.', 'Corp.', 'Inc.',
]);

/**
 * A name of two to four words typed a person that ends on such a
 * designator is an organisation, with the short names joined to it
 * ("Asahi is predicting"), unless an honorific comes before a mention. In
 * the document's view only (./link).
 */
export function retypeDesignatedFirms(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    if (e.type !== 'PERSON') return undefined;
    const words = e.name.split(' ');
    if (words.length < 2 || words.length > 4 || !DESIGNATORS.has(words.at(-1) as string)) return undefined;
    return e.mentions.some((m) => honorificBefore(text, m.start) !== undefined) ? undefined : 'ORG';
  });
}
