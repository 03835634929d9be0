import type { Attribution } from '../extract/types';
import { inSentence, type Range } from './assemble';
import { INVERTING_VERBS } from './inverted-source';

/**
 * Verbs that report a finding only at a sentence's end: `…, the survey found.`,
 * `…, the minutes showed.`, `…, the court has ruled.`. Not inverting verbs:
 * before their subject ("found the survey") they report nothing.
 */
// biome-ignore format: a word list
const FINDING_VERBS = [
  'found', 'finds', 'showed', 'shows', 'show', 'indicate', 'indicates', 'indicated', 'forecast', 'forecasts',
  'ruled', 'learned', 'learnt', 'confirmed', 'confirms', 'concedes', 'conceded', 'revealed', 'reveals',
  'points out', 'pointed out',
];
const CUE_VERBS = [...INVERTING_VERBS, ...FINDING_VERBS].join('|');

/**
 * The clause, a comma, the speaker (a determiner phrase, a name or a
 * pronoun) and the verb, with "has", "have" or "had" before it (part of the
 * cue, as PolNeAR marks "has said", never of the source), then the sentence's end
 * (with the next quote's opening mark, which the sentence splitter leaves there).
 */
const TRAILING = new RegExp(
  String.raw`^(?<content>["“]?\p{L}.{10,}?)["”]?,["”]?\s+(?<source>(?:the|a|an|his|her|their|its)\s+[\p{L}\p{N}'’&./-]+(?:\s+(?!(?:has|have|had)\s)[\p{L}\p{N}'’&./-]+){0,4}|\p{Lu}[\p{L}\p{N}'’&./-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&./-]*){0,3}|he|she|it|they)\s+(?<cue>(?:(?:has|have|had)\s+)?(?:${CUE_VERBS}))\s*[.!?]["”]?(?:\s+["“])?\s*$`,
  // d: the groups' offsets
  'sud',
);

/**
 * Who heard the words, at a sentence's end: `…, the court heard.`, `…, an
 * Election Court has heard.`, `…, the hearing was told.`, `…, an industry
 * conference has been told.` (British court and conference reports). The
 * hearer is no speaker: the clause is attributed, its speaker unnamed.
 */
const HEARD =
  /^(?<content>["“]?\p{L}.{10,}?)["”]?,["”]?\s+(?<hearer>(?:the|a|an)\s+[\p{L}\p{N}'’&./-]+(?:\s+(?!(?:has|have|had|was|were)\s)[\p{L}\p{N}'’&./-]+){0,4}|\p{Lu}[\p{L}\p{N}'’&./-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&./-]*){0,3})\s+(?<cue>(?:(?:has|have|had)\s+)?heard|(?:was|were|(?:has|have|had)\s+been)\s+told)\s*[.!?]["”]?(?:\s+["“])?\s*$/dsu;

/** A capitalised source that is a sentence adverb, not a speaker. */
const NOT_A_SOURCE = /^(?:However|Meanwhile|Though|Also|Instead|Yesterday|Today|Earlier|Later|Then|Now)$/;

/** Whether an attribution's cue or content overlaps the sentence `s`. */
export function touches(found: readonly Attribution[], s: Range): boolean {
  return found.some((a) => [...a.cue, ...a.content].some((f) => f.start < s.end && s.start < f.end));
}

/**
 * The clause a trailing report's match gives, in the sentence: an opening
 * quote mark is no part of it, nor is its closing one; a closing mark after a
 * quote that opened inside it is ("with "detailed proposals",").
 */
function clauseOf(text: string, s: Range, m: RegExpExecArray, content: [number, number]): Range {
  const quoted = /^["“]/u.test(m.groups?.content ?? '');
  const from = quoted ? content[0] + 1 : content[0];
  const to = !quoted && /^["”]/u.test(text.slice(s.start + content[1])) ? content[1] + 1 : content[1];
  return inSentence(s)([from, to]);
}

/**
 * `About 2,500 jobs should be created, it added.`, `…, the Deutsche Welle
 * radio station reported.`: a sentence that ends on its speaker and a
 * reporting verb after a comma, which the tagger proposed no cue for, so the
 * claim came out unattributed. Only sentences no attribution touches. A
 * sentence that ends on who heard it (`…, the court heard.`) is an
 * attribution with no source, also where the tagger's only attribution there
 * has its cue in that tail (`was told`, its content the hearer "the court"):
 * this one takes its place (see `extract.ts`).
 */
export function trailingReports(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const said = text.slice(s.start, s.end);
    const m = TRAILING.exec(said);
    const source = m?.indices?.groups?.source;
    const cue = m?.indices?.groups?.cue;
    const content = m?.indices?.groups?.content;
    if (m && source && cue && content) {
      if (touches(found, s) || NOT_A_SOURCE.test(m.groups?.source ?? '')) continue;
      const span = inSentence(s);
      out.push({ source: [span(source)], cue: [span(cue)], content: [clauseOf(text, s, m, content)] });
      continue;
    }
    const h = HEARD.exec(said);
    const hearer = h?.indices?.groups?.hearer;
    const heard = h?.indices?.groups?.cue;
    const clause = h?.indices?.groups?.content;
    if (!h || !hearer || !heard || !clause) continue;
    const span = inSentence(s);
    const tail = span([hearer[0], heard[1]]);
    // the tagger's cue may be in the tail ("the court | was told"), not in the clause
    const inTail = (a: Attribution) => a.cue.every((f) => tail.start <= f.start && f.end <= tail.end);
    if (found.some((a) => touches([a], s) && !inTail(a))) continue;
    out.push({ source: null, cue: [span(heard)], content: [clauseOf(text, s, h, clause)] });
  }
  return out;
}
