import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import { inSentence, type Range } from './assemble';
import { touches } from './trailing-report';

/**
 * "it is thought (that) <clause>": the impersonal passive, with at most one
 * adverb before the participle; "is thought to" (a hedge) and "is expected
 * by" are not it. The clause opens on a word or figure and runs greedily to
 * the sentence's last non-space, before a closing full stop or quote mark.
 */
const IMPERSONAL =
  /\b[Ii]t\s+(?<cue>is\s+(?:(?:widely|generally|now|also|still|further)\s+)?(?:thought|believed|understood|estimated|feared|rumoured|hoped|expected))\s+(?!(?:to|by|in|as|of|for|from|at|on)\b)(?<content>(?:that\s+)?[\p{L}\p{N}£$€]\S*(?:\s+\S+){2}(?:.*[^\s.!?"”])?)[\s.!?"”]*$/du;

/** A second speaker inside the clause ("… but John Smith has confirmed …"): the clause is not all thought. */
const SECOND_REPORT = /\b(?:said|says|say|told|confirmed|added|insisted|denied|claimed|stated)\b/u;

/**
 * `It is thought more than 50 people will lose their jobs.`, `…, but it is
 * understood that the board met.`: PolNeAR marks "is expected"/"is thought"
 * a cue with no source and the clause after it its content, but the tagger
 * leaves most BBC ones unattributed. Only sentences no attribution touches
 * outside quotes (there the words are a speaker's), and no
 * second report inside the clause.
 */
export function impersonalReports(
  text: string,
  sentences: readonly Range[],
  quotes: readonly Quote[],
  found: readonly Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const m = IMPERSONAL.exec(text.slice(s.start, s.end));
    const cue = m?.indices?.groups?.cue;
    const content = m?.indices?.groups?.content;
    if (!cue || !content || touches(found, s)) continue;
    const span = inSentence(s);
    if (SECOND_REPORT.test(text.slice(span(content).start, span(content).end))) continue;
    const at = span(cue).start;
    if (quotes.some((q) => q.open < at && at < q.close)) continue;
    out.push({ source: null, cue: [span(cue)], content: [span(content)] });
  }
  return out;
}
