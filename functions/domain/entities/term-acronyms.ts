import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/** An acronym in capitals, plural or not: "PPI", "CSOs". */
const ACRONYM = /^(\p{Lu}{2,6})s?$/u;
/** The words just before "(", the last one right before it. */
const WORDS_BEFORE = /(?<![\p{L}'-])((?:[\p{L}'-]+ ){1,6})\($/u;

/**
 * "the producer price index (PPI)", "corporate social responsibility (CSR)
 * reports": an acronym in brackets right after words in lower case that it
 * spells is a term the writer shortens, not the body the tagger took it for;
 * a name would be written in capitals ("Pensions Policy Institute (PPI)").
 */
function spellsLowerCase(text: string, start: number, letters: string): boolean {
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  if (!before) return false;
  const words = (before[1] as string).trim().split(' ');
  if (words.length < letters.length) return false;
  const spelling = words.slice(-letters.length);
  return (
    spelling.every((w) => /^\p{Ll}/u.test(w)) && spelling.map((w) => w[0]).join('') === letters.toLowerCase()
  );
}

/**
 * An entity every mention of which is one such acronym, spelt out in lower
 * case before one of them, is a term (MISC, as "GDP" is). In the document's
 * view only (./link).
 */
export function retypeTermAcronyms(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    if (e.type === 'MISC' || e.mentions.length === 0) return undefined;
    const letters = ACRONYM.exec(e.mentions[0]?.text ?? '')?.[1];
    if (!letters || !e.mentions.every((m) => ACRONYM.exec(m.text)?.[1] === letters)) return undefined;
    return e.mentions.some((m) => spellsLowerCase(text, m.start, letters)) ? 'MISC' : undefined;
  });
}
