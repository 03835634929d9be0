/**
 * Whether a predicted claim source is the labelled one. Labels are drawn and
 * bounded by hand, so a source counts as found when it overlaps the labelled
 * noun phrase enough to be the same mention, not only at the exact offsets.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Source extends Span {
  entityId: string | null;
}

export type Found = Source & { match: 'exact' | 'overlap' };

/** Where a post-modifier or apposition starts: the head is the last word before it. */
const POST_MODIFIER = /,|\s(?:of|for|at|from|in|on|with|who|which|that|to)\s/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The head word of a labelled noun phrase ("spokeswoman" in "a spokeswoman for the firm", "Nguyen" in a name). */
export function headOf(text: string, span: Span): Span {
  const phrase = text.slice(span.start, span.end);
  const cut = POST_MODIFIER.exec(phrase)?.index ?? phrase.length;
  const words = [...phrase.slice(0, cut).matchAll(WORD)];
  const last = words.at(-1);
  if (!last) return { ...span };
  const word = last[0].replace(/['’.-]+$/, '');
  return { start: span.start + last.index, end: span.start + last.index + word.length };
}

const shared = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A prediction is the labelled source when it covers the head word or at least half the labelled characters. */
export function overlaps(text: string, label: Span, predicted: Span): boolean {
  const head = headOf(text, label);
  if (predicted.start <= head.start && predicted.end >= head.end) return true;
  const common = shared(label, predicted);
  return common > 0 && common * 2 >= label.end - label.start;
}

/** The predicted source for a label: at its exact offsets if any is, else the overlapping one that shares most. */
export function findSource(text: string, label: Span, predicted: readonly Source[]): Found | undefined {
  const exact = predicted.find((p) => p.start === label.start && p.end === label.end);
  if (exact) return { match: 'exact', ...exact };
  let best: Source | undefined;
  for (const p of predicted)
    if (overlaps(text, label, p) && (!best || shared(label, p) > shared(label, best))) best = p;
  return best && { match: 'overlap', ...best };
}
