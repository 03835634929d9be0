import type { Attribution } from '../extract/types';
import { type Quote, quotedWords } from '../text/quotations';

/**
 * `… Pires told the paper. "But you have to respect the decision of the
 * player. Everybody has that right."`: a content holding a quote from its
 * first word that stops short of its closing mark, where no other
 * attribution has a span, runs on to the mark. The rest is the same
 * speaker's words, and was left no one's.
 */
export function toQuoteClose(text: string, quotes: Quote[], list: Attribution[]): Attribution[] {
  return list.map((a) => {
    const last = a.content.at(-1);
    const q = last && quotes.find((x) => !x.runsOn && x.open < last.end && last.end < x.close);
    if (!last || !q) return a;
    const words = quotedWords(text, q);
    // the closing comma of `"…," he said` is no part of the words
    const end = words.start + text.slice(words.start, words.end).replace(/[\s,;:]+$/u, '').length;
    if (
      last.start > words.start ||
      last.end <= words.start ||
      end <= last.end ||
      !/\p{L}/u.test(text.slice(last.end, end))
    )
      return a;
    // its own tag inside the marks says they pair across narration (`"Trump walked in, chanting “U-S-A!”`)
    const spans = (b: Attribution) => [...b.cue, ...(b.source ?? []), ...(b === a ? [] : b.content)];
    if (list.some((b) => spans(b).some((f) => f.start < end && last.end < f.end))) return a;
    return { ...a, content: [...a.content.slice(0, -1), { start: last.start, end }] };
  });
}
