import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { INVERTING_VERBS } from './inverted-source';

/** The clause, a comma, the speaker (a determiner phrase, a name or a pronoun) and the verb, then the sentence's end. */
const TRAILING = new RegExp(
  String.raw`^(?<content>["“]?\p{L}.{10,}?)["”]?,["”]?\s+(?<source>(?:the|a|an|his|her|their|its)\s+[\p{L}\p{N}'’&./-]+(?:\s+[\p{L}\p{N}'’&./-]+){0,4}|\p{Lu}[\p{L}\p{N}'’&./-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&./-]*){0,3}|he|she|it|they)\s+(?<cue>${[...INVERTING_VERBS].join('|')})\s*[.!?]["”]?\s*$`,
  // d: the groups' offsets
  'sud',
);

/** A capitalised source that is a sentence adverb, not a speaker. */
const NOT_A_SOURCE = /^(?:However|Meanwhile|Though|Also|Instead|Yesterday|Today|Earlier|Later|Then|Now)$/;

/**
 * `About 2,500 jobs should be created, it added.`, `…, the Deutsche Welle
 * radio station reported.`: a sentence that ends on its speaker and a
 * reporting verb after a comma, which the tagger proposed no cue for, so the
 * claim came out unattributed. Only sentences no attribution touches.
 */
export function trailingReports(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
): Attribution[] {
  const touched = (s: Range) =>
    found.some((a) => [...a.cue, ...a.content].some((f) => f.start < s.end && s.start < f.end));
  const out: Attribution[] = [];
  for (const s of sentences) {
    const m = TRAILING.exec(text.slice(s.start, s.end));
    const source = m?.indices?.groups?.source;
    const cue = m?.indices?.groups?.cue;
    const content = m?.indices?.groups?.content;
    if (!m || !source || !cue || !content || touched(s)) continue;
    if (NOT_A_SOURCE.test(m.groups?.source ?? '')) continue;
    // an opening quote mark is no part of the content
    const from = /^["“]/u.test(m.groups?.content ?? '') ? content[0] + 1 : content[0];
    const span = ([start, end]: [number, number]) => ({ start: s.start + start, end: s.start + end });
    out.push({ source: [span(source)], cue: [span(cue)], content: [span([from, content[1]])] });
  }
  return out;
}
