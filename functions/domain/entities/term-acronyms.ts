import type { Entity, TextSpan } from '../model/document';
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
  // the first word capitalised only as it opens the sentence ("Gross domestic product (GDP) rose")
  const opening = opensSentence(text, start - 2 - spelling.join(' ').length);
  return (
    spelling.every((w, i) => /^\p{Ll}/u.test(w) || (i === 0 && opening && /^\p{Lu}\p{Ll}/u.test(w))) &&
    spelling.map((w) => w[0]?.toLowerCase()).join('') === letters.toLowerCase()
  );
}

/** A sentence's or paragraph's first word, or one after its opening "The". */
function opensSentence(text: string, at: number): boolean {
  return at === 0 || /(?:^|[.!?]["”’]?\s+|\n\s*)(?:The\s+)?$/u.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * An entity every mention of which is one such acronym, spelt out in lower
 * case before one of them, is a term (MISC, as "GDP" is); so is one whose
 * other mentions are that long form, capitalised only as it opens a
 * sentence ("Gross domestic product (GDP) rose", an organisation with its
 * acronym). In the document's view only (./link).
 */
export function retypeTermAcronyms(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    if (e.type === 'MISC' || e.mentions.length === 0) return undefined;
    const letters = e.mentions.map((m) => ACRONYM.exec(m.text)?.[1]).find(Boolean);
    if (!letters) return undefined;
    const isForm = (m: TextSpan) => ACRONYM.exec(m.text)?.[1] === letters || isLongForm(text, m, letters);
    if (!e.mentions.every(isForm)) return undefined;
    return e.mentions.some((m) => spellsLowerCase(text, m.start, letters)) ? 'MISC' : undefined;
  });
}

/** The long form itself, joined to its acronym, right before it in brackets: "Gross domestic product (GDP)". */
function isLongForm(text: string, m: TextSpan, letters: string): boolean {
  return (
    text.startsWith(` (${letters})`, m.end) &&
    spellsLowerCase(text, m.end + 2, letters) &&
    !/^\p{Lu}*$/u.test(m.text)
  );
}
