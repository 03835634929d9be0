import type { Attribution } from '../extract/types';
import { inSentence, type Range } from './assemble';
import type { CueLexicon, WordClasses } from './features';
import { CAP, OPENING_NAME } from './name-claims';
import { saying } from './narrated-quote';
import { REPORT_TIME } from './report-time';
import { touches } from './trailing-report';
import { classId, classIds } from './word-classes';

/** A fronted phrase of up to six words and a comma before the name ("Separately, the Budget Office projects that …", "Indeed, Doctor asserts that …"). */
const OPENER = String.raw`\p{Lu}[\p{L}\p{N}]*(?:\s+[\p{L}\p{N}'’.-]+){0,5},`;

/**
 * A sentence opening (after "But", "And" or a fronted phrase at most) on a name of up to four
 * capitalised words, "He", "She", "They" or "The" and a name, then a verb,
 * perhaps after "also" or an adverb, and "that" ("Trump charges that
 * countries …", "UKIP asserts that Mr Hockney …"), perhaps with the time of
 * it between ("The court ruled on Tuesday that …"). Not after a determiner
 * or an opener that is no speaker ("His claims", "It emerges that").
 */
const NAME_THAT = new RegExp(
  String.raw`^(?:(?:But|And|Yet)\s+|(?:${OPENER})\s+)?(?<source>(?:He|She|They|[Tt]he\s+${CAP}(?:\s+${CAP}){0,3})|${OPENING_NAME})\s+(?:(?:also|now|\p{Ll}+ly)\s+)?(?<cue>(?!(?:is|was|has|does)\s)\p{Ll}+(?:s|ed))(?:\s+${REPORT_TIME})?\s+(?<content>that\s+(?<next>[\p{L}\p{N}'’-]+)[\s\S]*?)[.!?]?["”]?\s*["“]?\s*$`,
  'du',
);

/** A verb by the model's word classes (or a word it never classed). */
const VERBISH = new Set([0, classId('PastTense'), classId('PresentTense'), classId('Verb')]);
/** "that" before a lone noun is a demonstrative ("He reached that milestone last June"), opening no clause. */
const LONE_NOUN = classIds(['Singular', 'Noun']);
/** A helping verb after "that": the clause is a relative one ("titles that are playable"). */
const HELPING = /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must)$/u;
/** Another speaker's tag inside the sentence ("…, said Rahul Chakkara"): the sentence is theirs. */
const OTHER_TAG = /,\s+(?:\p{Ll}+\s+)?(?:said|says|added|adds|told|according\s+to)\s/u;

/**
 * "Trump charges that countries that stand to benefit …", "Mr Lakhani feels
 * that the market has risen …": a name, a verb of saying or thinking the
 * tagger found no cue for, and a that-clause, in a sentence no attribution
 * touches, is the name's attribution: the name the source, the verb the cue,
 * "that" and the rest the content, as PolNeAR marks it. The verb must be one
 * PolNeAR train marks a cue at least now and then (its cue-likeness).
 */
export function nameThat(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
  lexicon: CueLexicon,
  classes: WordClasses,
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!/\sthat\s/u.test(sentence)) continue;
    const m = NAME_THAT.exec(sentence);
    const g = m?.indices?.groups;
    const cue = m?.groups?.cue ?? '';
    const next = (m?.groups?.next ?? '').toLowerCase();
    if (!g?.source || !g.cue || !g.content || touches(found, s)) continue;
    if (saying(cue, lexicon) < 1 || !VERBISH.has(classes.get(cue) ?? 0)) continue;
    if (LONE_NOUN.has(classes.get(next) ?? 0) || HELPING.test(next) || OTHER_TAG.test(sentence)) continue;
    const span = inSentence(s);
    out.push({ source: [span(g.source)], cue: [span(g.cue)], content: [span(g.content)] });
  }
  return out;
}
