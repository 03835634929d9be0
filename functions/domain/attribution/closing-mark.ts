import type { Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';

const CLOSE = /^["”»]$/u;

/**
 * A content piece that holds a quote's opening mark and ends right before its
 * closing one takes the closing mark too: `said the move would be "profoundly
 * wrong".`, `called the term "outrageous" and said`. The tagger left it out;
 * PolNeAR's annotators keep it (train: 4,600 such contents, 6 without).
 */
export function withClosingMark(text: string, quotes: readonly Quote[], a: Attribution): Attribution {
  let moved = false;
  const content = a.content.map((f) => {
    // a quote cut short by the next opening mark has no closing one to take
    const q = quotes.find((x) => x.close === f.end && f.start <= x.open && CLOSE.test(text[x.close] ?? ''));
    if (!q) return f;
    moved = true;
    return { ...f, end: q.close + 1 };
  });
  return moved ? { ...a, content } : a;
}
