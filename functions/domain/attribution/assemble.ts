import type { Attribution, Fragments } from '../extract/types';

export interface Range {
  start: number;
  end: number;
}

/** A match's offsets within a sentence (`RegExp` indices) as a range of the text. */
export const inSentence =
  (sentence: Range) =>
  ([start, end]: readonly [number, number]): Range => ({
    start: sentence.start + start,
    end: sentence.start + end,
  });

/** What may separate two fragments that are one: blanks, quote marks, commas and full stops (the metric's trim). */
const JOINABLE = /^[\s"'“”‘’`«»„,.]*$/u;

/** Sorted fragments with neighbours that only blanks or punctuation separate merged. */
export function mergeFragments(text: string, ranges: Range[]): Fragments {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Fragments = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && JOINABLE.test(text.slice(prev.end, r.start))) prev.end = Math.max(prev.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

const WORDS = /\p{L}{2,}.*\p{L}{2,}/su;

/** A relative "that" ending the words before a source. */
const RELATIVE_END = /\s+that\s*$/i;

/**
 * Content for a cue the linker gave none: the rest of its sentence after the
 * cue (and a source right after it), else the sentence before the source and cue.
 */
export function clauseOf(
  text: string,
  cue: Range,
  source: Range | null,
  sentence: Range | undefined,
): Range | null {
  if (!sentence) return null;
  const after =
    source && source.start >= cue.end && text.slice(cue.end, source.start).trim() === ''
      ? source.end
      : cue.end;
  const tail = text.slice(after, sentence.end);
  if (WORDS.test(tail)) return { start: after + (tail.length - tail.trimStart().length), end: sentence.end };
  const before = Math.min(cue.start, source ? source.start : cue.start);
  // "a point that | experts highlight": the relative before the source is no part of what was said
  const head = text.slice(sentence.start, before).replace(RELATIVE_END, '');
  if (WORDS.test(head)) return { start: sentence.start, end: sentence.start + head.trimEnd().length };
  return null;
}

/** Whether one of the fragments holds the whole range. */
export const covers = (outer: Fragments, inner: Range) =>
  outer.some((f) => f.start <= inner.start && inner.end <= f.end);

/**
 * PolNeAR annotates only the outermost of nested attributions, so an
 * attribution whose cue lies inside another's content is dropped. A content
 * in `guessed` (a clause put in for a cue the linker gave none) hides
 * nothing: such guesses swallow cues annotated on their own.
 */
export function dropNested(
  list: Attribution[],
  guessed: ReadonlySet<Attribution> = new Set(),
): Attribution[] {
  return list.filter((a) => {
    const cue = a.cue[0] as Range;
    return !list.some(
      (b) => b !== a && !guessed.has(b) && covers(b.content, cue) && !covers(a.content, b.cue[0] as Range),
    );
  });
}
