import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { clauseEnd, runContentOn } from './content-run-on';

/** How far past a content's end its bracket's close is looked for: a figure's other currencies, a short aside. */
const REACH = 80;

/**
 * "was looking for a further 540bn yen ($5.2bn; £2.77bn) in fresh financial
 * backing": the tagger ends a content at a semicolon or comma inside a
 * bracket, or just before its close ("to around A$720 million ($563
 * million"), leaving the bracket open and the clause cut. A content whose
 * last part opens a bracket it does not close goes on to the close, within
 * the sentence and `REACH`, and on to the end of the clause the bracket
 * interrupts; not over any claim's cue or source (`taken`), and where the
 * clause would take one in, only to the close.
 */
export function throughBracket(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const last = a.content.at(-1);
  if (!last || !openBracket(text.slice(last.start, last.end))) return a;
  const after = text.slice(last.end, last.end + REACH);
  const close = after.search(/[()]/u);
  if (close < 0 || after[close] !== ')') return a;
  const sentence = sentenceAt(sentences, last.end);
  const closed = last.end + close + 1;
  if (!sentence || closed > sentence.end) return a;
  // over the clause the bracket interrupts, or only to its close where that takes in a cue or source
  const whole = runContentOn(a, last, taken, last.end, clauseEnd(text, closed, sentence.end));
  return whole !== a ? whole : runContentOn(a, last, taken, last.end, closed);
}

/** Whether a text opens a bracket it does not close. */
function openBracket(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}
