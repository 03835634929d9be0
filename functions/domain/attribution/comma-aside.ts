import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { clauseEnd, endsOnPreposition, takesIn } from './dash-aside';

/**
 * A relative clause or "such as" set off by commas right after a content's
 * end, and the verb (or "to") its clause goes on with: "that Rock | , who is
 * known for strong language, | might cause controversy". The aside holds no
 * clause mark, quote or sentence stop; "including" is left to lists.
 */
const ASIDE =
  /^,\s+(?:which|who|whose|such as)\s[^,;:\n"“”.!?()]{1,150}?,\s+(?=(?:is|are|was|were|will|would|can|could|may|might|must|shall|should|has|have|had|does|do|did|to)\s)/u;

/**
 * "Ministers thought merging the prison service with the departments |
 * , which provide community sentences, might have provided an answer": the
 * tagger ends the content where the relative clause opens, leaving the
 * subject without its verb. The content goes on over the aside to the end of
 * the clause it interrupts, within the sentence, unless that would take in a
 * cue or source (`taken`). As `overDashAside`, for commas.
 */
export function overCommaAside(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const cue = a.cue.at(-1);
  const content = a.content[0];
  if (a.content.length !== 1 || !cue || !content || content.start < cue.end) return a;
  if (text.charAt(content.end) !== ',' || endsOnPreposition(text, cue)) return a;
  const aside = ASIDE.exec(text.slice(content.end, content.end + 200));
  if (!aside) return a;
  const from = content.end + aside[0].length;
  const sentence = sentenceAt(sentences, content.end);
  if (!sentence || from >= sentence.end) return a;
  const end = clauseEnd(text, from, sentence.end);
  if (end <= from || takesIn(taken, content.end, end)) return a;
  return { ...a, content: [{ start: content.start, end }] };
}
