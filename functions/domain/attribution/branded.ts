import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/**
 * "Mr Howard branded the decision unacceptable", "but Tory X branded the way
 * … as "scandalous"", "Labour has already branded the proposal unworkable":
 * a short subject (opening the sentence, or after "but" or "and") that starts
 * with a capital or is a pronoun, then "branded" and what it judges, which
 * starts with a determiner, a pronoun or a name ("Walkman branded mobile
 * phone" is no cue).
 */
const BRANDED =
  /(?:^(?:(?:But|And)\s)?|\b(?:but|and)\s)(?<source>(?:\p{Lu}[\p{L}'’.-]*|he|she|they|we|it)(?:\s[\p{L}'’.-]+){0,6}?)\s(?<cue>(?:(?:has|have|had)\s)?(?:(?:also|already|even|publicly)\s)?branded)\s(?=the\s|an?\s|it\b|him\b|her\b|them\b|this\b|that\b|these\b|those\b|his\b|its\b|their\b|\p{Lu}|["“])/du;
/** Words that make the subject a clause of its own ("documents have suggested X branded"), or a passive. */
const NOT_SUBJECT = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|said|says)\b|\p{Ll}+ly$/u;
/** The judgement ends at a clause after it ("…, saying:", "… unworkable but …") or the sentence's end. */
const JUDGEMENT_END = /,\s(?:saying|adding|arguing|and|but)\b|\sbut\s|\s*$/u;
/** "branded North Korea | an "outlaw nation"": PolNeAR's cue takes the one judged, up to "a", "an", "as" or a quote mark. */
const JUDGED = /^[^"“”,;]{1,80}?(?=\s(?:an?|as)\s|\s["“])/u;

/**
 * "The scheme has been branded a "disgraceful waste" by MPs": the subject
 * from the sentence's start, the passive "branded", the judgement, then "by"
 * and the agent ending the sentence.
 */
const PASSIVE =
  /^(?<judged>[^,;:"“”]{3,150}?)\s(?<cue>(?:(?:has|have|had)\sbeen|is|are|was|were)\s(?:\p{Ll}+ly\s)?branded)\s(?<judgement>[^;:]{2,120}?)\sby\s(?<source>[^,;:"“”]{2,80}?)[.!]?$/du;

/**
 * "X branded Y Z": PolNeAR makes "labeled" and "dubbed" cues, the one naming
 * the source and the judgement the content (the BBC's politics pages use
 * "branded"), but the tagger reads "branded" as a cue only now and then. Only
 * where no cue was found at "branded".
 */
export function brandedAttributions(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!sentence.includes('branded')) continue;
    const passive = passiveBranded(sentence.trimEnd(), s.start, found);
    if (passive) out.push(passive);
    const m = BRANDED.exec(sentence);
    const source = m?.indices?.groups?.source;
    const cue = m?.indices?.groups?.cue;
    if (!m?.groups?.source || !source || !cue || NOT_SUBJECT.test(m.groups.source)) continue;
    const at = (i: number) => s.start + i;
    if (found.some((a) => a.cue.some((f) => f.start < at(cue[1]) && at(cue[0]) < f.end))) continue;
    const rest = sentence.slice(cue[1] + 1);
    let end = cue[1] + 1 + (JUDGEMENT_END.exec(rest)?.index ?? rest.length);
    // a quote mark the next sentence opens, which the splitter left here
    if (
      /["“]$/u.test(sentence.slice(0, end)) &&
      (sentence.slice(cue[1], end).match(/["“”]/gu)?.length ?? 0) % 2
    )
      end = cue[1] + 1 + sentence.slice(cue[1] + 1, end - 1).trimEnd().length;
    // the one judged lies inside the judgement: "the proposal unworkable but … seizing a poll" has none
    const judged = JUDGED.exec(rest.slice(0, end - cue[1] - 1))?.[0].length;
    const cueEnd = judged ? cue[1] + 1 + judged : cue[1];
    const from = cueEnd + 1;
    if (end - from < 4) continue;
    out.push({
      source: [{ start: at(source[0]), end: at(source[1]) }],
      cue: [{ start: at(cue[0]), end: at(cueEnd) }],
      content: [{ start: at(from), end: at(end) }],
    });
  }
  return out;
}

/**
 * The passive (PASSIVE): the agent is the source, the subject and the
 * judgement the content, as PolNeAR marks "was seen by some as a demotion"
 * and ./judged-by reads "was criticised by X". Only where no cue was found.
 */
function passiveBranded(sentence: string, start: number, found: Attribution[]): Attribution | null {
  const g = PASSIVE.exec(sentence)?.indices?.groups;
  if (!g?.judged || !g.cue || !g.judgement || !g.source) return null;
  const at = ([from, to]: [number, number]) => ({ start: start + from, end: start + to });
  const cue = at(g.cue);
  if (found.some((a) => a.cue.some((f) => f.start < cue.end && cue.start < f.end))) return null;
  return { source: [at(g.source)], cue: [cue], content: [at(g.judged), at(g.judgement)] };
}
