import type { Sequence, WordClasses } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';
import { classIds, classOf } from './word-classes';

/** A verb in the past or present that makes a clause of the words before it. */
const TENSED = classIds(['PastTense', 'PresentTense']);
const LOWER = /^\p{Ll}+$/u;
/** Words that open a clause inside the source ("GfK, which monitors markets"). */
const RELATIVE = /^(?:who|whom|whose|which|that|where|when)$/i;

/**
 * "According to the Times, the UK leader wants to end …" (or "According to
 * figures gathered by industry watchdog, Ofcom, the growth means"): the tagger ran
 * the source over the comma into the subject and verb of the clause it
 * introduces. A comma followed by a subject of a few words and a lower-case
 * verb in the past or present ends the source, and those words open the
 * content that follows. Not a verb right after the comma ("the study,
 * published in …"), nor one in a relative clause ("GfK, which monitors …").
 */
export function accordingClause(
  seq: Sequence,
  classes: WordClasses,
  cue: Run,
  parts: { source: Run; content: Run[] },
): { source: Run; content: Run[] } {
  const { source, content } = parts;
  if (source.first <= cue.last || !opensOnAccordingTo(seq, cue)) return parts;
  // the content the clause belongs to starts right after the source, or is none yet (a clause is guessed after the source)
  const next = content.find((r) => r.first > source.last && r.first <= source.last + 2);
  if (!next && content.length > 0) return parts;
  for (let k = source.first + 1; k < source.last; k++) {
    if (wordAt(seq, k) !== ',' || !clauseFrom(seq, classes, k + 1, source.last)) continue;
    const cut = { ...source, last: k - 1 };
    return {
      source: cut,
      content: next ? content.map((r) => (r === next ? { ...r, first: k + 1 } : r)) : [],
    };
  }
  return parts;
}

/** "according to", or "according to figures gathered by". */
const opensOnAccordingTo = (seq: Sequence, cue: Run) =>
  /^according$/i.test(wordAt(seq, cue.first)) && /^to$/i.test(wordAt(seq, cue.first + 1));

/** Whether first..last open on a subject and then a tensed lower-case verb, with no comma or relative word between. */
function clauseFrom(seq: Sequence, classes: WordClasses, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = wordAt(seq, k);
    if (w === ',' || RELATIVE.test(w)) return false;
    if (k > first && LOWER.test(w) && TENSED.has(classOf(seq, classes, k))) return true;
  }
  return false;
}
