import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';

/**
 * `"When I first got into the industry, I'd be away for months. … I still
 * want to make it, but it's not the end of the world if I don't," commented
 * Jamelia.`: the edge ranker sometimes starts the content of a cue after a
 * quote at the quote's last sentence, and the sentences before are lost. A
 * content that ends at the closing mark of a quote its cue follows in the
 * same sentence (only a comma, "?" or "!" and the source between), and starts
 * inside it after a sentence's end, takes the whole quote, as PolNeAR marks
 * it, unless some other attribution holds part of what it would take.
 */
const TAG = /^[,?!]["”][^\S\n]+(?:[^\s.!?"“”]+[^\S\n]+){0,6}$/u;

export function wholeQuotes(text: string, quotes: Quote[], found: Attribution[]): Attribution[] {
  const byClose = new Map(quotes.map((q) => [q.close, q]));
  return found.map((a) => {
    const first = a.content[0];
    const last = a.content.at(-1);
    const cue = a.cue[0];
    if (!first || !last || !cue) return a;
    const q = byClose.get(last.end) ?? byClose.get(last.end + 1);
    if (!q || q.runsOn || first.start <= q.open + 1 || first.start >= q.close) return a;
    if (!TAG.test(text.slice(q.close - 1, cue.start))) return a;
    const before = text.slice(q.open + 1, first.start);
    if (!/[.?!]["'’]?\s+$/u.test(before)) return a;
    const start = first.start - before.trimStart().length;
    const taken = { start, end: first.start };
    const other = found.some(
      (b) => b !== a && [...b.cue, ...b.content].some((f) => f.start < taken.end && taken.start < f.end),
    );
    return other ? a : { ...a, content: [{ start, end: first.end }, ...a.content.slice(1)] };
  });
}
