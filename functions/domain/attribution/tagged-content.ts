import type { Sequence } from './features';
import { sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/** Tokens that may stand between a quote and the source or cue after it: `,"` */
const MARK = /^[,"'“”‘’«»]$/u;
const MAX_MARKS = 3;
const WORD = /\p{L}{2,}/u;

/**
 * `"…," the report determines, noting …`: the tagger tagged the quote as
 * content, but the linker gave the cue its source only, and the rest of the
 * sentence after the cue (here another cue's; "announced Monday morning")
 * would have stood in for the content (assemble.ts, clauseOf). A content run
 * the tagger put from the sentence's start (after its quote marks) to just
 * before the cue, or before the source right before it, with only quote
 * marks and commas between, is the cue's when the linker gave it no content
 * and no run of its own there, and words follow the cue and a source right
 * after it. With nothing there, the clause before the cue stands in as it
 * did; a run starting mid-sentence is often a piece of it.
 */
export function taggedContent(seq: Sequence, tagged: readonly Run[], linked: Run[], cue: Run): Run[] {
  if (linked.some((r) => r.role === 'content')) return linked;
  const before = linked.find((r) => r.role === 'source' && r.last === cue.first - 1);
  const after = linked.find((r) => r.role === 'source' && r.first === cue.last + 1);
  if (!wordsFrom(seq, (after ?? cue).last + 1, cue)) return linked;
  const opening = (before ?? cue).first;
  const content = tagged.find(
    (r) =>
      r.role === 'content' &&
      r.last < opening &&
      marks(seq, r.last + 1, opening) > 0 &&
      marks(seq, sentenceStart(seq, r.first), r.first) >= 0,
  );
  if (!content || linked.some((r) => r.first <= content.last && content.first <= r.last)) return linked;
  return [...linked, content].sort((a, b) => a.first - b.first);
}

/** Whether a word lies from token `from` to the end of the cue's sentence. */
function wordsFrom(seq: Sequence, from: number, cue: Run): boolean {
  const sentence = seq.sentence[cue.first];
  for (let k = from; k < seq.tokens.length && seq.sentence[k] === sentence; k++)
    if (WORD.test(wordAt(seq, k))) return true;
  return false;
}

/** How many tokens from..to-1 are, when all are quote marks or commas (a few at most); else -1. */
function marks(seq: Sequence, from: number, to: number): number {
  if (to - from > MAX_MARKS) return -1;
  for (let k = from; k < to; k++) if (!MARK.test(wordAt(seq, k))) return -1;
  return Math.max(0, to - from);
}
