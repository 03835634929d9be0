import { createAttributionExtractor } from '../../functions/domain/attribution/index';
import { annotate } from '../../functions/domain/extract/annotate';
import type { Attribution } from '../../functions/domain/extract/types';

type Range = { start: number; end: number };

/** The sentences of `text`, split after each ". ": enough for hand-written test texts. */
export function sentencesAtStops(text: string): Range[] {
  const sentences: Range[] = [];
  for (let start = 0; start < text.length; ) {
    const stop = text.indexOf('. ', start);
    const end = stop < 0 ? text.length : stop + 1;
    sentences.push({ start, end });
    start = end + 1;
  }
  return sentences;
}

/** A sourceless attribution with `cue` and content from `from` to the end of `to`, as spans of `text`. */
export function cueAndContent(text: string, cue: string, from: string, to: string): Attribution {
  const at = text.indexOf(cue);
  const start = text.indexOf(from);
  return {
    source: null,
    cue: [{ start: at, end: at + cue.length }],
    content: [{ start, end: text.indexOf(to) + to.length }],
  };
}

/** An attribution as [source, cue, content] text, fragments joined by " … ". */
export function asText(text: string, a: Attribution): (string | null)[] {
  const read = (r: Range[] | null) => (r ? r.map((f) => text.slice(f.start, f.end)).join(' … ') : null);
  return [read(a.source), read(a.cue), read(a.content)];
}

/** What the committed model's extractor finds in `text`, as [source, cue, content] text. */
export function extracted(text: string): (string | null)[][] {
  return createAttributionExtractor()
    .extract(annotate(text), [])
    .map((a) => asText(text, a));
}

/** A claim with no source of the first `cue` and `content` in `text`. */
export function cueClaim(text: string, cue: string, content: string): Attribution {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { source: null, cue: [at(cue)], content: [at(content)] };
}

/** The claim of the first `source`, `cue` and `content` in `text`. */
export function sourcedClaim(text: string, source: string, cue: string, content: string): Attribution {
  return { ...cueClaim(text, cue, content), source: [cueClaim(text, source, source).cue[0] as Range] };
}
