import type { Attribution, Fragments } from '../extract/types';
import { tagStart } from './tagged-quote-tail';

/** What may follow a tag at a content's end: blanks, a stop, a closing mark. */
const AFTER_TAG = /^[\s.,"”]{0,4}$/u;
/** A comma and blanks right before a tag. */
const COMMA_BEFORE = /,\s{1,3}$/u;

/**
 * `The LSE is planning to announce a takeover by March, newspaper reports
 * claim`: a content the tagger ran on to its end over another claim's tag
 * (its source and cue after a comma, its own content before them) ends at
 * that comma: the words after it report the clause, they are not part of it.
 */
export function endBeforeTrailingTags(text: string, found: Attribution[]): Attribution[] {
  return found.map((b) => {
    const start = b.content[0]?.start;
    const end = b.content[b.content.length - 1]?.end;
    if (start === undefined || end === undefined) return b;
    const tags = found.filter((a) => a !== b).flatMap((a) => trailingTag(text, a, start, end));
    if (!tags.length) return b;
    const at = Math.min(...tags);
    const content = b.content
      .filter((f) => f.start < at)
      .map((f) =>
        f.end > at ? { ...f, end: f.start + text.slice(f.start, at).trimEnd().replace(/,$/u, '').length } : f,
      );
    return content.length ? { ...b, content } : b;
  });
}

/** Where `a`'s tag starts when it ends the content `start`-`end` after a comma, `a`'s content before it. */
function trailingTag(text: string, a: Attribution, start: number, end: number): number[] {
  if (!a.source?.length || !a.cue.length) return [];
  const spans: Fragments = [...a.source, ...a.cue];
  const from = tagStart(a);
  const to = Math.max(...spans.map((s) => s.end));
  const last = a.content[a.content.length - 1]?.end;
  if (last === undefined || last > from || from <= start || to > end) return [];
  return AFTER_TAG.test(text.slice(to, end)) && COMMA_BEFORE.test(text.slice(start, from)) ? [from] : [];
}
