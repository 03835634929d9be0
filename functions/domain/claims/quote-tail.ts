import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';

/** The mark closing a quote right after a sentence's stop, then narration opening on a capital. */
const STOP = /[.!?]$/u;
const NARRATION = /^\s+(?=\p{Lu})/u;

/**
 * `Lord Falconer said: "Tagging may be going too far …" Full details will not
 * be revealed until a bill is published "in the next two weeks," a
 * spokesman said.`: a content before its cue that the tagger opened inside
 * an earlier quote, run past the quote's closing stop into the next
 * sentence, starts with that sentence; the quote is another's (or the
 * writer's lead-in), and the trailing cue reports the narration after it.
 */
export function pastQuoteTail(text: string, quotes: Quote[], a: Attribution): Attribution {
  const [first, ...rest] = a.content;
  const cue = a.cue[0];
  if (!first || !cue || cue.start < first.end) return a;
  const quote = quotes.find(
    (q) => !q.runsOn && q.open < first.start && first.start <= q.close && q.close < first.end - 1,
  );
  if (!quote || !STOP.test(text.slice(first.start, quote.close))) return a;
  const gap = NARRATION.exec(text.slice(quote.close + 1, first.end));
  if (!gap) return a;
  return { ...a, content: [{ start: quote.close + 1 + gap[0].length, end: first.end }, ...rest] };
}
