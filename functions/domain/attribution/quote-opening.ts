import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { TAG_GAP, tagStart } from './tagged-quote-tail';

/** A quote's closing mark (a comma, "?" or "!" before or after it), then its tag: no full stop between. */
/** The quoted sentences before the content: an opening mark after a blank, a colon or the text's start, then no mark or line break up to a stop. */
const OPENING = /(?:^|[\s:])["“]([^"“”\n]{1,600}[.!?…]\s{1,3})$/u;

/**
 * `X said there were … . "It is not a simple matter … . While we wish …,"
 * he added.`: a content the tagger opened on a later sentence of a quote
 * tagged right after its close, the quote's earlier sentences held by no
 * claim, takes the whole quote from its opening mark, as PolNeAR gives a
 * quote to its tag; else the opening sentences are lost.
 */
export function fromQuoteOpening(text: string, found: Attribution[]): Attribution[] {
  return found.map((a) => {
    const [first, ...rest] = a.content;
    if (!a.source?.length || !first) return a;
    const tag = tagStart(a);
    const last = a.content[a.content.length - 1] as Range;
    if (tag < last.end || !TAG_GAP.test(text.slice(last.end, tag))) return a;
    const opening = OPENING.exec(text.slice(Math.max(0, first.start - 700), first.start));
    if (!opening?.[1]) return a;
    const start = first.start - opening[1].length;
    const held = found.some((b) =>
      [...b.content, ...b.cue, ...(b.source ?? [])].some((f) => f.start < first.start && f.end > start),
    );
    return held ? a : { ...a, content: [{ start, end: first.end }, ...rest] };
  });
}
