import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { clauseEnd, takesIn } from './dash-aside';

/** The content a run-on rule may stretch: the attribution's only one, after its last cue. */
export function soleContentAfterCue(a: Attribution): Range | undefined {
  const cue = a.cue.at(-1);
  const content = a.content[0];
  return a.content.length === 1 && cue && content && content.start >= cue.end ? content : undefined;
}

/**
 * The attribution with its one content run on to `end`, past the stretch from
 * `from`; left as it was when that gains nothing or takes in a cue or source
 * (this claim's or another's: `taken`).
 */
export function runContentOn(
  a: Attribution,
  content: Range,
  taken: readonly Range[],
  from: number,
  end: number,
): Attribution {
  if (end <= from || takesIn(taken, content.end, end)) return a;
  return { ...a, content: [{ start: content.start, end }] };
}

/**
 * The attribution with its one content run on from `from` (past what joins it
 * to the rest of its clause) to that clause's end, within the content's
 * sentence (runContentOn's terms).
 */
export function runOnToClauseEnd(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
  content: Range,
  from: number,
): Attribution {
  const sentence = sentenceAt(sentences, content.end);
  if (!sentence || sentence.start > content.start || from >= sentence.end) return a;
  return runContentOn(a, content, taken, from, clauseEnd(text, from, sentence.end));
}
