import type { Attribution, Fragments } from '../extract/types';
import { type Quote, quotedWords } from '../text/quotations';

/**
 * A quote after its cue ends where its closing mark ends a sentence:
 * `Rob Andrew said: "He's fine." The 25-year-old missed …` gave Andrew the
 * narration after the quote too (the edge ranker stretched the content to
 * the sentence end). A content that opens at a quote after its cue, or goes
 * on in one (`"A," he said. "B." …`), is cut at that quote's closing mark when the mark closes a sentence (`."`, `?"`,
 * `!"`, `".`, or `. "`, the mark set apart) and narration, not another quote, follows; a quote reopened with no
 * closing mark between (`"A. "B." …`) is cut at the last one's. The extraction review
 * counted 114 BBC claims running on so; 18 of 20 read were wrong.
 */
export function endAtClosedQuote(text: string, quotes: Quote[], a: Attribution): Attribution {
  const cue = a.cue[0];
  if (!cue) return a;
  // the first piece after the cue: `"A," he said. "B." Narration.` ends at B's closing mark too
  const first = a.content.find((f) => f.start >= cue.end);
  if (!first) return a;
  const q = lastReopened(
    text,
    quotes,
    quotes.findIndex((x) => x.open < first.start && first.start <= x.open + 2),
  );
  const end = a.content.at(-1)?.end ?? 0;
  if (!q || q.runsOn || end <= narrationAfter(text, q)) return a;
  return { ...a, content: cutAt(a.content, quotedWords(text, q).end) };
}

/** The last of the quotes each reopening the one before (`"A. "B. "C." …`: paragraph breaks lost), from quotes[i]. */
function lastReopened(text: string, quotes: Quote[], i: number): Quote | undefined {
  let q = quotes[i];
  for (let next = quotes[++i]; q && next && /^\s*$/u.test(text.slice(q.close, next.open)); next = quotes[++i])
    q = next;
  return q;
}

/**
 * Where narration starts after the quote's closing mark when the mark ends a
 * sentence (`stage." The 25-year-old`, `ever. " A judgement`, or the stop set
 * after it, `pay". Audi`); past the text's end when it does not.
 */
function narrationAfter(text: string, q: Quote): number {
  const stop = /[.?!]/u.test(text[quotedWords(text, q).end - 1] ?? '');
  const after = text[q.close + 1] === '.' ? q.close + 2 : stop ? q.close + 1 : -1;
  return after > 0 && /^\s+[\p{Lu}\p{N}]/u.test(text.slice(after, after + 3)) ? after : text.length;
}

/** The fragments before `at`, the one across it ending there. */
function cutAt(content: Fragments, at: number): Fragments {
  return content.filter((f) => f.start < at).map((f) => (f.end > at ? { ...f, end: at } : f));
}
