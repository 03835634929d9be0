import type { Attribution } from '../extract/types';
import { type Quote, quotedWords } from '../text/quotations';
import type { Range } from './assemble';

/**
 * `"When I first got into the industry, I'd be away for months. … I still
 * want to make it, but it's not the end of the world if I don't," commented
 * Jamelia.`: the edge ranker sometimes starts the content of a cue after a
 * quote at the quote's last sentence, or inside it ("it's not the end …",
 * "we believe" after "Furthermore,"), and the words before are lost. A
 * content that ends at the closing mark of a quote its cue follows in the
 * same sentence (only a comma, "?" or "!" and the source between), and starts
 * inside it, takes the whole quote, as PolNeAR marks it, unless some other
 * attribution holds part of what it would take; so does one that goes on
 * past its tag into the quotes after (`"…, B," agreed Cram. "C.`).
 */
const TAG = /^[,?!]["”][^\S\n]+(?:[^\s.!?"“”]+[^\S\n]+){0,6}$/u;

export function wholeQuotes(text: string, quotes: Quote[], found: Attribution[]): Attribution[] {
  const byClose = new Map(quotes.map((q) => [q.close, q]));
  return found.map((a) => {
    const first = a.content[0];
    const cue = a.cue[0];
    // the piece the tag closes: the last, or the one before the cue when the quotes after it went on for her
    const last = cue && a.content.findLast((f) => f.end <= cue.start);
    if (!first || !last || !cue) return a;
    const q = byClose.get(last.end) ?? byClose.get(last.end + 1);
    if (!q || q.runsOn || first.start >= q.close) return a;
    if (!TAG.test(text.slice(q.close - 1, cue.start))) return a;
    const whole = first.start > q.open + 1 ? wholeQuote(text, found, a, q) : a;
    return withReopened(text, quotes, found, whole);
  });
}

function wholeQuote(text: string, found: Attribution[], a: Attribution, q: Quote): Attribution {
  const first = a.content[0] as Range;
  const before = text.slice(q.open + 1, first.start);
  const start = first.start - before.trimStart().length;
  const taken = { start, end: first.start };
  return holds(found, a, taken) ? a : { ...a, content: [{ start, end: first.end }, ...a.content.slice(1)] };
}

/**
 * `"Sales rose. "Costs fell," she added.`: the quote a tagged content starts
 * with reopens one before it, no closing mark between (the BBC set lost the
 * paragraph breaks of quotes run over several): one quote, one speaker. Each
 * quote so reopened, ending a sentence, goes to the content as a fragment of
 * its own, unless another attribution has a cue or content in it.
 */
function withReopened(text: string, quotes: Quote[], found: Attribution[], a: Attribution): Attribution {
  const first = a.content[0] as Range;
  let k = quotes.findIndex((q) => q.open < first.start && text.slice(q.open + 1, first.start).trim() === '');
  const pieces: Range[] = [];
  for (; k > 0; k--) {
    const q = quotes[k] as Quote;
    const p = quotes[k - 1] as Quote;
    if (p.runsOn || text.slice(p.close, q.open).trim() !== '') break;
    const piece = quotedWords(text, p);
    if (!/[.?!]$/u.test(text.slice(piece.start, piece.end)) || holds(found, a, piece)) break;
    pieces.unshift(piece);
  }
  return pieces.length ? { ...a, content: [...pieces, ...a.content] } : a;
}

/** Whether an attribution other than `a` has a cue or content in the range. */
const holds = (found: Attribution[], a: Attribution, r: Range) =>
  found.some((b) => b !== a && [...b.cue, ...b.content].some((f) => f.start < r.end && r.start < f.end));
