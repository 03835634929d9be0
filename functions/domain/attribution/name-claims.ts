import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import { inSentence, type Range } from './assemble';
import type { CueLexicon, WordClasses } from './features';
import { SAYING, saying } from './narrated-quote';
import { touches } from './trailing-report';
import { NOUN_CLASSES } from './word-classes';

/** A capitalised word of a name. */
export const CAP = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*`;

/**
 * A name of up to four capitalised words opening a sentence, not a
 * determiner's or an opener that is no speaker ("His claims were denied",
 * "It seems that", "When Yukos …").
 */
export const OPENING_NAME = String.raw`(?!(?:His|Her|Its|Their|These|Those|The|This|That|Such|Some|Many|Other|Our|My|Your|It|There|What|When|If|But|And|Yet|So|Or)\s)${CAP}(?:\s+${CAP}){0,3}`;

/**
 * A sentence opening on a name of up to four capitalised words (not a
 * determiner's: "His claims were denied"; not "It", "There": "It seems
 * that"), then a verb in -s or -ed ("claims", "concedes", "warned") and a
 * clause: a subject pronoun or "that", or a noun phrase or a name of up to
 * three words with a finite auxiliary or copula within its next five words
 * ("claims its downfall was", "concedes Rangers are"; not "claimed their
 * first men's team title", a title won).
 */
const NAME_CLAIMS = new RegExp(
  String.raw`^(?<source>${OPENING_NAME})\s+(?<cue>\p{Ll}+(?:s|ed))\s+(?<content>(?:(?:it|he|she|they|that)\s|(?:(?:its|the|his|her|their|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}|${CAP}\s+(?:${CAP}\s+){0,2}(?:never\s+|not\s+|still\s+|also\s+)?)(?:is|was|are|were|has|had|have|would|will|could|can|should|might|may)\s)[\s\S]*?)[.!?]?["”]?(?:\s+["“])?\s*$`,
  'du',
);

/**
 * "The company points out that …", "but one insider pointed out to the BBC
 * that …": "points" is mostly the noun to the tagger, and even "pointed out"
 * after a subject it seldom saw went untagged. A clause opening the sentence,
 * or after ", but" or ", and", on its subject (a name, a determiner phrase or
 * a pronoun), "points out" (an adverb before it in the cue, as PolNeAR marks
 * "also points out"), up to eight words of hearer after "to", then a
 * that-clause, "that" and all as PolNeAR has it.
 */
const POINTS_OUT =
  /^(?:[^"“”\n]{1,200}?,\s+(?:but|and)\s+)?(?<source>(?:(?:The|the|A|a|An|an|One|one|Its|its|His|his|Her|her|Their|their)\s+[\p{L}\p{N}'’&.-]+(?:\s+[\p{L}\p{N}'’&.-]+){0,3}?|\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}|[Hh]e|[Ss]he|[Ii]t|[Tt]hey))\s+(?<cue>(?:(?:also|has|have|had)\s+)?(?:points|pointed)\s+out)\s+(?:to\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,8}?)?(?<content>that\s[\s\S]*?)[.!?]?["”]?(?:\s+["“])?\s*$/du;

/**
 * "Yukos claims its downfall was punishment for …": the tagger, reading
 * "claims" after a firm's name, often takes it for the noun and proposes no
 * cue, so the sentence gave no claim at all; so too other verbs of saying it
 * left untagged there ("Radcliffe concedes she will …", "UKIP asserts that
 * …"). Such a sentence is the name's claim: the name the source, the verb
 * the cue, the rest the content; the verb one of saying or judging by its
 * cue-likeness, and no noun by its word class ("Oscar hopefuls Mike Leigh
 * and … were"), its subject a named person or organisation. Only sentences
 * no attribution touches, outside quotes.
 */
export function nameClaims(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
  words: { lexicon: CueLexicon; classes: WordClasses },
  quotes: readonly Quote[] = [],
  named: readonly Range[] = [],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    // a sentence inside a quote is the quoted speaker's words, not narration
    if (quotes.some((q) => q.open < s.start && s.start < q.close)) continue;
    const sentence = text.slice(s.start, s.end);
    const pattern = /\spoint(?:s|ed) out\s/u.test(sentence) ? POINTS_OUT : NAME_CLAIMS;
    const m = pattern.exec(sentence);
    const g = m?.indices?.groups;
    if (!g?.source || !g.cue || !g.content || touches(found, s)) continue;
    const span = inSentence(s);
    const verb = pattern === NAME_CLAIMS ? (m?.groups?.cue ?? '') : 'claims';
    if (!CLAIMS.test(verb) && !saidBy(verb, span(g.source), words, named)) continue;
    out.push({ source: [span(g.source)], cue: [span(g.cue)], content: [span(g.content)] });
  }
  return out;
}

const CLAIMS = /^claim(?:s|ed)$/u;

/**
 * A verb other than "claims" is a report only when it is one of saying or
 * judging, no noun, and its subject a person or organisation the tagger named
 * ("Most Southern states that …", "What unified …" are no speakers).
 */
function saidBy(
  verb: string,
  source: Range,
  words: { lexicon: CueLexicon; classes: WordClasses },
  named: readonly Range[],
): boolean {
  if (saying(verb, words.lexicon) < SAYING || NOUN_CLASSES.has(words.classes.get(verb) ?? -1)) return false;
  return named.some((m) => m.start === source.start && m.end === source.end);
}
