import type { Attribution, Fragments } from '../extract/types';
import { tagStart } from './tagged-quote-tail';

/** What a cut content sheds at its start: blanks, quote marks and the stop that ended the other content. */
const HEAD = /^[\s"“”.,?!]{1,8}/u;
/** A sentence starts after a content's end: marks and blanks, then a capital or an opening mark. */
const NEXT_SENTENCE = /^[.,?!]?["”]?[.?!]?\s{1,3}["“]?\p{Lu}/u;
/** A quote closing on a word right before a tag: `…," he said`. */
const CLOSED_AT_TAG = /[\p{L}\p{N}][,.?!]?["”],?\s{1,3}$/u;
/** A quote opening: a mark after a blank, before a word. */
const OPENING = /(?:^|\s)["“]\S/u;

/**
 * `He added: "A." B, Mr Rees said.`, `X warned: "A." "B?" Y criticised it, saying C`:
 * a content that opens inside another claim's, where that claim is tagged
 * before it and ends on a sentence while this one is tagged only after that
 * end, gives up what the other holds: the untagged quote goes on for the
 * speaker before it, and the later tag reports what follows. Not when the
 * later tag closes a quote the other's content opened inside (`… "A. B," wrote
 * Y` is Y's whole quote: tagged-quote-tail.ts).
 */
export function startAfterHeldQuotes(text: string, found: Attribution[]): Attribution[] {
  return found.map((b) => {
    const start = b.content[0]?.start;
    const end = b.content[b.content.length - 1]?.end;
    if (start === undefined || end === undefined || !b.cue.length) return b;
    const tag = tagStart(b);
    const ends = found
      .filter((a) => a !== b && holdsHead(text, a, start, end, tag))
      .map((a) => (a.content[a.content.length - 1] as { end: number }).end);
    if (!ends.length) return b;
    const content = startAt(text, b.content, Math.max(...ends));
    return content.length ? { ...b, content } : b;
  });
}

/** Where a claim's tag begins: its first cue or source word. */
/** `a`, tagged before `start`, holds `start` and ends on a sentence before `tag`, which closes no quote `a` opened. */
function holdsHead(text: string, a: Attribution, start: number, end: number, tag: number): boolean {
  const first = a.content[0]?.start;
  const last = a.content[a.content.length - 1]?.end;
  if (!a.source?.length || !a.cue.length || first === undefined || last === undefined) return false;
  if (first > start || last <= start || last >= end || last > tag || tagStart(a) >= start) return false;
  if (!NEXT_SENTENCE.test(text.slice(last, last + 8))) return false;
  const between = text.slice(last, tag);
  return !CLOSED_AT_TAG.test(between) || OPENING.test(between);
}

/** The fragments past `at`, the one across it starting after the marks and blanks there. */
function startAt(text: string, content: Fragments, at: number): Fragments {
  return content
    .filter((f) => f.end > at)
    .map((f) => {
      if (f.start >= at) return f;
      const head = HEAD.exec(text.slice(at, f.end))?.[0].length ?? 0;
      return { ...f, start: at + head };
    })
    .filter((f) => f.end > f.start);
}
