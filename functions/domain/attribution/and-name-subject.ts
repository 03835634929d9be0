import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { runOnToClauseEnd, soleContentAfterCue } from './content-run-on';

/** " and ", one to three capitalised words, and an auxiliary or modal: the rest of a joint subject and its verb. */
const AND_NAME_VERB =
  /^\s+and\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?=(?:is|are|was|were|will|would|can|could|may|might|must|should|has|have|had)\s)/u;
/** A verb in the content: it is a clause already, and the "and" may join another. */
const VERB =
  /\b(?:is|are|was|were|be|been|being|will|would|can|could|may|might|must|shall|should|has|have|had|do|does|did|\p{Ll}{2,}ed)\b/u;

/**
 * "analysts believe the tax dispute between the Russian government | and
 * Yukos is partly driven by …", "still think White | and Phil Vickery will be
 * in the frame": the tagger ends a reported clause at the "and" inside its
 * subject, leaving it without the rest of the subject and its verb. A content
 * of one piece after its cue with no verb of its own, ending where "and", a
 * name and an auxiliary follow, goes on to the clause's end within the
 * sentence; not over any claim's cue or source (`taken`), and not "and the
 * TUC is …", a clause of its own.
 */
export function overAndName(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const content = soleContentAfterCue(a);
  if (!content) return a;
  const joined = AND_NAME_VERB.exec(text.slice(content.end, content.end + 80));
  if (!joined || VERB.test(text.slice(content.start, content.end))) return a;
  return runOnToClauseEnd(text, sentences, taken, a, content, content.end + joined[0].length);
}
