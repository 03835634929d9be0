import type { Entity } from '../model/document';
import { countriesOf } from './demonyms';

/** Capitalised words, then at most two lower-case ones and the head, right before a name: "Norfolk police chief Andy Hayman". */
const TITLE_BEFORE =
  /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]*\s+){1,4})(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$/u;
/** What comes right before a sentence's first word. */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/**
 * Whether a person is written with the nominal's head under another proper
 * name than the nominal's: "The Metropolitan police chief" is not "Norfolk
 * police chief Andy Hayman", "the Two Ronnies star" not "Only Fools and
 * Horses star David Jason". A capital that only opens its sentence ("Film
 * director Quentin Tarantino") names nothing, and a country is its people
 * ("France coach" is "the French coach").
 */
export function titledForOther(e: Entity, nominal: string, text: string): boolean {
  const words = nominal.trim().split(/\s+/);
  const head = (words.at(-1) as string).toLowerCase();
  const proper = properWords(words.slice(1, -1).join(' '));
  if (proper.size === 0) return false;
  return e.mentions.some((m) => {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const title = TITLE_BEFORE.exec(before);
    if (!title || title[2] !== head) return false;
    const at = before.length - title[0].length + title[0].indexOf(title[1] as string);
    if (OPENS_SENTENCE.test(before.slice(0, at))) return false;
    const own = properWords(title[1] as string);
    return ![...own].some((w) => proper.has(w));
  });
}

/** The capitalised words of a phrase, lower case, a people's adjective read as its country too. */
function properWords(phrase: string): Set<string> {
  const out = new Set<string>();
  for (const w of phrase.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []) {
    out.add(w.toLowerCase());
    for (const c of countriesOf(w)) out.add(c.toLowerCase());
  }
  return out;
}
