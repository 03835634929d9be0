import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/** Whether a cue or source already found (`taken`) lies in the stretch a content would gain, `from` to `end`. */
export function takesIn(taken: readonly Range[], from: number, end: number): boolean {
  return taken.some((r) => r.start < end && from < r.end);
}

/** A sentence's closing stop and quote marks: no part of what was said. */
export const SENTENCE_STOP = /[\s.!?"”’]*$/u;

/** Where a clause ends: a comma, semicolon, colon, dash, line break or sentence stop. */
export const CLAUSE_END = /[,;:\n]|\s[-\u2013\u2014]\s|[.!?](?=["”’]?(?:\s|$))/u;
/** Where the clause running from `from` ends within `to`, at `ends` (CLAUSE_END unless given), blanks left out. */
export function clauseEnd(text: string, from: number, to: number, ends: RegExp = CLAUSE_END): number {
  const clause = text.slice(from, to);
  const stop = ends.exec(clause);
  return from + clause.slice(0, stop ? stop.index : clause.length).trimEnd().length;
}

/** The content a run-on rule may stretch: the attribution's only one, after its last cue. */
export function soleContentAfterCue(a: Attribution): Range | undefined {
  const cue = a.cue.at(-1);
  const content = a.content[0];
  return a.content.length === 1 && cue && content && content.start >= cue.end ? content : undefined;
}

/**
 * The attribution with its content piece `content` run on to `end`, past the
 * stretch from `from`, its other pieces kept; left as it was when that gains
 * nothing or takes in a cue or source (this claim's or another's: `taken`).
 */
export function runContentOn(
  a: Attribution,
  content: Range,
  taken: readonly Range[],
  from: number,
  end: number,
): Attribution {
  if (end <= from || takesIn(taken, content.end, end)) return a;
  return { ...a, content: a.content.map((f) => (f.start === content.start ? { start: f.start, end } : f)) };
}

/**
 * The attribution with its content piece run on from `from` (past what joins
 * it to the rest of its clause) to that clause's end, within the piece's
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

/** Where `from`'s sentence ends, its closing stop and quote marks left out. */
export function sentenceClose(text: string, from: number, sentence: Range): number {
  return from + text.slice(from, sentence.end).replace(SENTENCE_STOP, '').length;
}
