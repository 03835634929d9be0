import type { Attribution, Fragments } from '../extract/types';
import type { Quote } from '../text/quotations';
import type { Range } from './assemble';

/** A gap that opens on a word, a figure or a bracket, as a phrase goes on; an aside opens on a mark. */
const OPENS_ON_WORD = /^\s{1,3}[\p{L}\p{N}(£$€]/u;
/** A sentence ending inside the gap, not at its very end. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=\S)/u;
/** The gap's own closing: a stop, blanks and the quote mark a new sentence reopens on. */
const CLOSING = /[.!?]?[\s"“”]*$/u;
/** A stop or a quote mark opening after a blank: a sentence or a quote begins after the gap. */
const OPENS_QUOTE = /[.!?]|\s["“]/u;
/** A gap that opens on a sentence's stop, then the next sentence's first word. */
const OPENS_ON_STOP = /^[.!?]\s{1,3}[\p{L}\p{N}(£$€]/u;
/** How long a gap may be: a few clauses, not a stretch of narration. */
const MAX_GAP = 300;

/**
 * `launches of video | conferencing, voice mail and Skype In, a service which |
 * would allow …`, `"…that of some US | athletes who have no funding. "|
 * Those who …"`: the tagger now and then leaves a hole in a content in the
 * middle of a phrase. An aside it leaves out opens on a mark (a comma, a dash,
 * a quote's closing); a gap that opens on a word is part of what was said,
 * and is filled, when no claim's cue or source lies in it. A gap running over
 * a sentence end or into a quote's opening is filled only inside a quote, where
 * the speaker's words go on; there a gap may open on a stop, whole sentences
 * the tagger skipped in one quote (`"A. B. C."` read as A and C), when no
 * quote mark lies in it.
 */
export function withoutMidPhraseGaps(
  text: string,
  quotes: readonly Quote[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  if (a.content.length < 2) return a;
  const out: Fragments = [];
  let filled = false;
  for (const f of a.content) {
    const last = out.at(-1);
    if (last && fillable(text, quotes, taken, { start: last.end, end: f.start })) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, f.end) };
      filled = true;
    } else out.push({ start: f.start, end: f.end });
  }
  return filled ? { ...a, content: out } : a;
}

function fillable(text: string, quotes: readonly Quote[], taken: readonly Range[], gap: Range): boolean {
  if (gap.end <= gap.start || gap.end - gap.start > MAX_GAP) return false;
  const words = text.slice(gap.start, gap.end);
  if (taken.some((r) => r.start < gap.end && gap.start < r.end)) return false;
  if (!OPENS_ON_WORD.test(words))
    return (
      OPENS_ON_STOP.test(words) &&
      !/["“”\n]/u.test(words) &&
      quotes.some((q) => q.open < gap.start && gap.end < q.close)
    );
  const closing = CLOSING.exec(words)?.[0] ?? '';
  const inner = words.slice(0, words.length - closing.length);
  // narration that ends where a quote opens is the writer's, not the speaker's
  if (!SENTENCE_END.test(inner) && !inner.includes('\n') && !OPENS_QUOTE.test(closing)) return true;
  return quotes.some((q) => q.open < gap.start && gap.start < q.close);
}
