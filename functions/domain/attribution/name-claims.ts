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
    if (!/\sclaim(?:s|ed)\s/u.test(sentence)) continue;
    const g = NAME_CLAIMS.exec(sentence)?.indices?.groups;
    if (!g?.source || !g.cue || !g.content || touches(found, s)) continue;
    const span = ([start, end]: [number, number]) => ({ start: s.start + start, end: s.start + end });
    out.push({ source: [span(g.source)], cue: [span(g.cue)], content: [span(g.content)] });
  }
  return out;
}
