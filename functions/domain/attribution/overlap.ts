import type { Sequence } from './features';
import { FINITE, isAccordingTo } from './inverted-source';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * A source after its cue and that cue's content never share words, but the
 * tagger and the edge ranker can make them: `According to the FT, the
 * regulator has been annoyed…` gave the source "the FT, the regulator has
 * been annoyed by Rover", and a settled content edge can reach back over
 * "said Mr Hogan,". The content loses the source's words, but after
 * "according to", where a content that starts inside the source ends the
 * source at the last comma before it, and so does a comma a finite verb
 * follows ("according to the report, are Greece"). Before its cue, a source
 * takes out a content run that opens on it.
 */
export function separated(
  seq: Sequence,
  text: string,
  cue: Run,
  source: Run,
  content: Run[],
): { source: Run; content: Run[] } {
  // before its cue, a content run that opens on the source is the subject and what describes it
  // ("The firm, which last year made new finds, said …"), never what was said
  if (source.first <= cue.last)
    return { source, content: content.filter((r) => !touches(r, source) || r.last >= cue.first) };
  let last = source.last;
  if (isAccordingTo(seq, cue)) {
    // "according to X, clause": the clause after a comma is the content, not more of the source
    for (const r of content)
      if (r.first > source.first && r.first <= last) last = commaBefore(seq, source.first, r.first) ?? last;
    last = finiteCut(seq, text, source.first, last);
  }
  const cut = { ...source, last };
  return { source: cut, content: content.flatMap((r) => outside(seq, r, cut)) };
}

/** A run that opens on the source or runs over it ("But Deutsche Bank - itself a target of a"). */
const touches = (r: Run, source: Run) => r.first <= source.last && r.last >= source.first;

/** The token before the last comma in first..before, if any. */
function commaBefore(seq: Sequence, first: number, before: number): number | undefined {
  for (let k = before - 1; k > first; k--) if (wordAt(seq, k) === ',') return k - 1;
  return undefined;
}

/** The source's last token before a comma that a finite verb follows in it, else `last`. */
function finiteCut(seq: Sequence, text: string, first: number, last: number): number {
  const at = (k: number) => seq.tokens[k] as { start: number; end: number };
  for (let k = first + 1; k < last; k++)
    if (wordAt(seq, k) === ',' && FINITE.test(text.slice(at(k).end, at(last).end))) return k - 1;
  return last;
}

/** A content run with the source's tokens cut out, and the commas or colon after it. */
function outside(seq: Sequence, r: Run, source: Run): Run[] {
  if (r.last < source.first || r.first > source.last) return [r];
  const parts: Run[] = [];
  if (r.first < source.first) parts.push({ ...r, last: source.first - 1 });
  let first = source.last + 1;
  while (first <= r.last && /^[,:]$/.test(wordAt(seq, first))) first++;
  if (r.last >= first) parts.push({ ...r, first });
  return parts;
}
