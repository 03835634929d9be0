import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { touches } from './trailing-report';

/**
 * A sentence opening on a name of up to four capitalised words (not a
 * determiner's: "His claims were denied"), then "claims" or "claimed" and a
 * clause: a subject pronoun or "that", or a noun phrase with a finite
 * auxiliary or copula within its next five words ("claims its downfall was";
 * not "claimed their first men's team title", a title won).
 */
const NAME_CLAIMS =
  /^(?<source>(?!(?:His|Her|Its|Their|These|Those|The|This|That|Such|Some|Many|Other|Our|My|Your)\s)\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3})\s+(?<cue>claims|claimed)\s+(?<content>(?:(?:it|he|she|they|that)\s|(?:its|the|his|her|their|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}(?:is|was|are|were|has|had|have|would|will|could|can|should|might|may)\s)[\s\S]*?)[.!?]?["”]?\s*$/du;

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
 * cue, so the sentence gave no claim at all. Such a sentence is the name's
 * claim: the name the source, the verb the cue, the rest the content. Only
 * sentences no attribution touches.
 */
export function nameClaims(text: string, sentences: readonly Range[], found: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const pattern = /\sclaim(?:s|ed)\s/u.test(sentence)
      ? NAME_CLAIMS
      : /\spoint(?:s|ed) out\s/u.test(sentence)
        ? POINTS_OUT
        : undefined;
    const g = pattern?.exec(sentence)?.indices?.groups;
    if (!g?.source || !g.cue || !g.content || touches(found, s)) continue;
    const span = ([start, end]: [number, number]) => ({ start: s.start + start, end: s.start + end });
    out.push({ source: [span(g.source)], cue: [span(g.cue)], content: [span(g.content)] });
  }
  return out;
}
