import type { Attribution, Fragments } from '../extract/types';
import type { Quote } from '../text/quotations';

/** A quote mark of any kind. */
const QUOTE_MARK = /["“”«»]/u;
/** Blanks and a full stop a cut content sheds. */
const TAIL = /[\s.]{1,8}$/u;
/** A sentence end, then blanks, right before a quote's opening mark. */
const SENTENCE_END = /[.?!]["”'’)]?\s{1,4}$/u;

/**
 * `Marsh said it has introduced new leadership. "As a result, we are ready
 * …," Mr Cherkasky said.`: the BBC set ran paragraphs together, so the tagger
 * ran a content on over the sentence end into the quote that opens the next
 * one. When another attribution holds words of that quote, the quote is its
 * own: the content ends at the sentence end. A quote held by no one else is
 * left as it is (continued-quote.ts gives such quotes to the speaker before),
 * and so is a content that opens on a quote: the other holder there was as
 * often a wrong one ("according to" a paper named later).
 */
export function endBeforeTakenQuotes(text: string, quotes: Quote[], found: Attribution[]): Attribution[] {
  return found.map((a) => {
    const cue = a.cue[0];
    const start = a.content[0]?.start;
    // a content that opens in a quote is left to quote-overrun.ts
    if (!cue || start === undefined || quotes.some((q) => q.open < start && start <= q.close)) return a;
    const taken = quotes.find(
      (q) =>
        q.open > start &&
        q.open > cue.end &&
        // narration up to the quote
        !QUOTE_MARK.test(text.slice(start, q.open)) &&
        a.content.some((f) => f.start <= q.open && q.open + 1 < f.end) &&
        SENTENCE_END.test(text.slice(Math.max(start, q.open - 8), q.open)) &&
        found.some((b) => b !== a && b.content.some((f) => f.start < q.close && q.open < f.end)),
    );
    return taken ? { ...a, content: endAt(text, a.content, taken.open) } : a;
  });
}

/** The fragments before `at`, the one across it ending there without its trailing blanks and full stop. */
function endAt(text: string, content: Fragments, at: number): Fragments {
  return content
    .filter((f) => f.start < at)
    .map((f) => (f.end > at ? { ...f, end: f.start + text.slice(f.start, at).replace(TAIL, '').length } : f));
}
