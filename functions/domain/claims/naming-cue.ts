import { namesAThing } from './subject-nominal';

/** Verbs that give a thing its name: "called", "dubbed", "is known as". */
const NAMING = /^(?:(?:is|was|are|were)\s+)?(?:called|named|dubbed|entitled|titled|known\s+as)$/iu;
/** A name after the verb: "Rags To Riches", "the Disasters Emergency Committee", "“Bofra”". */
const NAME = /^\s*["“'‘]?(?:the\s+)?\p{Lu}/u;
/** A possessive before the noun ("their forthcoming EP") reads as "the" for the noun's sake. */
const POSSESSIVE_DETERMINER = /^\s*(?:its|their|his|her|our)\s+/iu;

/**
 * Whether an attribution only names a thing ("a new report called Rags To
 * Riches", "A Windows virus called Bofra", "a trade group called The Travel
 * Partnership"): a nominal for a thing, a naming verb, then a name. Its
 * source says nothing, so it is no speaker and no antecedent for a later
 * "it". "Mr Howard called the plans disgraceful" (a name) and "The judges
 * called it …" (several, a pronoun after) still report words.
 */
export function namesSomething(source: string, cue: string, content: string): boolean {
  if (!NAMING.test(cue.trim()) || !NAME.test(content)) return false;
  return namesAThing(source.replace(POSSESSIVE_DETERMINER, 'the '));
}
