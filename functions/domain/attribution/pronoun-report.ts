import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import { inSentence, type Range } from './assemble';
import { touches } from './trailing-report';

/**
 * "He said the six factories were …", "They also believe there should be
 * …": a sentence opening (after "But" or "And" at most) on "He", "She" or
 * "They", a verb of saying or thinking (perhaps after "also"), and a clause
 * with no "that" (name-that.ts reads it with one). The clause opens on a
 * subject pronoun, "there", or a determiner or name that a finite verb
 * follows within twelve words ("He felt the pain in his leg" is no report).
 */
const PRONOUN_REPORT =
  /^(?:(?:But|And)\s+)?(?<source>[Hh]e|[Ss]he|[Tt]hey)\s+(?<cue>(?:(?:also|still|now)\s+)?(?:said|says|say|believes?|believed|thinks?|thought|feels?|felt|insists?|insisted|claims?|claimed|argues?|argued|maintains?|maintained))\s+(?<content>(?<open>he|she|it|they|we|I|you|there|the|a|an|this|these|his|her|its|their|\p{Lu}\p{L}+)\s.*?)[.!?]?["”]?\s*["“]?\s*$/du;

/** A subject pronoun (or "there"): a clause whatever follows. */
const PRONOUN = /^(?:he|she|it|they|we|I|you|there)$/u;
/** A finite verb after a determiner's or name's noun phrase: the clause's own. */
const FINITE =
  /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|\p{Ll}+ed)$/u;
/** Another speaker's tag inside the sentence ("…, said Rahul Chakkara", "…, the farmer said"): the sentence is theirs. */
const OTHER_TAG = /,\s+(?:\S+\s+){0,3}(?:said|says|added|adds|told|according\s+to)\b/u;

/**
 * The report a pronoun subject makes in a sentence the tagger gave no cue,
 * outside quotes and with no attribution touching it: the pronoun the source,
 * the verb the cue, the clause the content, as PolNeAR marks them.
 */
export function pronounReports(
  text: string,
  sentences: readonly Range[],
  quotes: readonly Quote[],
  found: readonly Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = PRONOUN_REPORT.exec(sentence);
    const g = m?.indices?.groups;
    if (!g?.source || !g.cue || !g.content || touches(found, s) || OTHER_TAG.test(sentence)) continue;
    if (!PRONOUN.test(m?.groups?.open ?? '') && !finiteAfter(m?.groups?.content ?? '')) continue;
    const at = s.start + g.source[0];
    if (quotes.some((q) => q.open < at && at < q.close)) continue;
    const span = inSentence(s);
    out.push({ source: [span(g.source)], cue: [span(g.cue)], content: [span(g.content)] });
  }
  return out;
}

/** Whether a finite verb comes within twelve words after the clause's first. */
function finiteAfter(clause: string): boolean {
  return clause
    .split(/\s+/u)
    .slice(1, 13)
    .some((w) => FINITE.test(w.replace(/[,;:]$/u, '')));
}
