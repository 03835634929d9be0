import type { Fragments } from '../extract/types';
import type { ContentSpan, Range, TextSpan } from '../model/document';
import { afterDateline } from '../text/dateline';
import { splitAtCuts } from './reopened-quote';

/** The separator between the texts of a content's fragments. */
export const FRAGMENT_JOIN = ' … ';

/**
 * The mark that opens the next sentence's quote, which the sentence splitter
 * leaves at the end of this one: `…in the new year. "` (the tagger's content
 * runs to the sentence's end).
 */
const NEXT_QUOTE_OPENS = /(?<=[.!?,]["”’]?)\s+["“]$/;

/** A claim's content from an attribution's fragments, cut where a quote reopens (`cuts`, reopened-quote.ts); null when it has none. */
export function contentSpan(text: string, fragments: Fragments, cuts: Range[] = []): ContentSpan | null {
  const kept = fragments.map(({ start, end }, i) => ({
    // "New York, NY – The range …": the dateline is no part of what is reported (text/dateline.ts)
    start: i === 0 ? afterDateline(text, start, end) : start,
    end: end - (NEXT_QUOTE_OPENS.exec(text.slice(start, end))?.[0].length ?? 0),
  }));
  const pieces = splitAtCuts(text, kept, cuts).map(({ start, end }) => ({
    start,
    end,
    text: text.slice(start, end),
  }));
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return null;
  if (pieces.length === 1) return first;
  return {
    start: first.start,
    end: last.end,
    text: pieces.map((p) => p.text).join(FRAGMENT_JOIN),
    fragments: pieces.map(({ start, end }) => ({ start, end })),
  };
}

/** The stretches of `text` a content is made of: what its entities and numbers are looked for in. */
export function piecesOf(text: string, content: ContentSpan): TextSpan[] {
  if (!content.fragments) return [content];
  return content.fragments.map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
}
