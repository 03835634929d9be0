import type { Attribution, Fragments } from '../extract/types';
import type { Range } from './assemble';

/** A hyphen with a word's letter or digit either side ("24-hour", "8-1"), not a spaced dash. */
const IN_WORD = /[\p{L}\p{N}]-[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** An article before a source that now opens on its word (`The | 31-year-old`). */
const ARTICLE = /(?:^|[^\p{L}])((?:the|a|an)\s)$/iu;
/** How far a span may be widened to either side: a word, not a run of text. */
const REACH = 30;

/**
 * The tokenizer splits "24-hour", "31-year-old" and "8-1" at the hyphen, and
 * the tagger now and then opens or ends a span there: "have called for 24- |
 * hour drinking to be shelved", a source "year-old" for "The 31-year-old
 * admitted", a content ending "at odds of 8 | -1". A source or content edge
 * inside a hyphenated word moves out to the word's edge; a source that so
 * opens on the word takes the article before it, and a content piece the
 * wider source now covers is dropped. Not over the claim's own cue.
 */
export function wholeWords(text: string, a: Attribution): Attribution {
  const source = a.source ? widen(text, a.source, a.cue, true) : null;
  const widened = widen(text, a.content, [...a.cue, ...(source ?? [])], false);
  // a piece inside the widened source (`The 31-` before a source now `The 31-year-old`)
  const content =
    source === a.source
      ? widened
      : widened.filter((r) => !source?.some((x) => x.start <= r.start && r.end <= x.end));
  if (source === a.source && content === a.content) return a;
  // nothing left to report: leave the claim as the tagger gave it
  if (!content.length) return a;
  return { source, cue: a.cue, content };
}

function widen(text: string, spans: Fragments, fixed: readonly Range[], isSource: boolean): Fragments {
  let moved = false;
  const out: (Range & { widened?: boolean })[] = [];
  for (const f of spans) {
    let { start, end } = f;
    if (start > 0 && IN_WORD.test(text.slice(start - 2, start + 1))) {
      start = wordStart(text, start);
      const article = isSource ? ARTICLE.exec(text.slice(Math.max(0, start - 5), start)) : null;
      if (article) start -= (article[1] as string).length;
    }
    if (end < text.length && IN_WORD.test(text.slice(end - 1, end + 2))) end = wordEnd(text, end);
    if (start === f.start && end === f.end) {
      out.push(f);
      continue;
    }
    const r = { start, end };
    if (fixed.some((x) => x.start < r.end && r.start < x.end)) {
      out.push(f);
      continue;
    }
    moved = true;
    out.push({ ...r, widened: true });
  }
  return moved ? joined(text, out) : spans;
}

/** Pieces a widening made meet (`the 40-year-old` and `40-year-old trade embargo`, `his side's` and `19-13 victory`) are one. */
function joined(text: string, pieces: readonly (Range & { widened?: boolean })[]): Fragments {
  const out: (Range & { widened?: boolean })[] = [];
  for (const p of pieces) {
    const last = out.at(-1);
    if (
      last &&
      (p.start <= last.end || ((last.widened || p.widened) && /^\s+$/u.test(text.slice(last.end, p.start))))
    ) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, p.end), widened: true };
    } else out.push(p);
  }
  return out.map(({ start, end }) => ({ start, end }));
}

function wordStart(text: string, i: number): number {
  let s = i;
  while (s > 0 && i - s < REACH && WORD_CHAR.test(text[s - 1] as string)) s--;
  return s;
}

function wordEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && e - i < REACH && WORD_CHAR.test(text[e] as string)) e++;
  // a word ends before a closing apostrophe or a hyphen it does not join
  while (e > i && /['’-]/u.test(text[e - 1] as string)) e--;
  return e;
}
