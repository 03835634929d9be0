import type { Attribution, Fragments } from '../extract/types';
import type { Range } from './assemble';

/** A closing quote, blanks, an opening quote: where two adjacent quotes meet. */
const QUOTE_SEAM = /["”]\s+["“]/gu;
/** What may sit between a quote and the attribution it belongs to: `," said X`, `." X said`. */
const ATTACHED = /^[\s,.;:!?"”'’-]{0,4}$/u;

/**
 * Two cues in one paragraph can take the same quoted text ("A," said X. "B."
 * "C," said Y.): the tagger runs X's content over the seam into Y's quote, and
 * Y's back into X's. Each quote both contents hold goes to one of them: the
 * attribution right after it (`"C," said Y`), else the nearest one before it
 * (B continues X). Contents that share nothing are left as they are.
 */
export function splitSharedQuotes(text: string, found: Attribution[]): Attribution[] {
  if (found.length < 2) return found;
  const pieces = found.map((a) => a.content.flatMap((f) => atSeams(text, f)));
  const owners = new Map<string, number>();
  for (const p of pieces.flat()) {
    const holders = pieces.flatMap((other, j) => (other.some((q) => overlaps(p, q)) ? [j] : []));
    if (holders.length > 1) owners.set(key(p), ownerOf(text, p, holders, found));
  }
  if (owners.size === 0) return found;
  return found.flatMap((a, i) => {
    const touched = (pieces[i] as Range[]).some((p) => owners.has(key(p)));
    if (!touched) return [a];
    const kept = (pieces[i] as Range[]).flatMap((p) => {
      const owner = owners.get(key(p)) ?? i;
      return owner === i ? [p] : outside(text, p, pieces[owner] as Range[]);
    });
    return kept.length ? [{ ...a, content: joinPieces(text, kept) }] : [];
  });
}

/** A content fragment cut at each seam between adjacent quotes, quote marks left out. */
function atSeams(text: string, f: Range): Range[] {
  const out: Range[] = [];
  let start = f.start;
  for (const m of text.slice(f.start, f.end).matchAll(QUOTE_SEAM)) {
    const at = f.start + (m.index as number);
    out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: f.end });
  return out.filter((r) => r.end > r.start);
}

function ownerOf(text: string, p: Range, holders: number[], found: Attribution[]): number {
  const opening = (a: Attribution) => Math.min(a.cue[0]?.start ?? Infinity, a.source?.[0]?.start ?? Infinity);
  const closing = (a: Attribution) => Math.max(a.cue[0]?.end ?? -1, a.source?.[0]?.end ?? -1);
  const after = holders.find((i) => {
    const a = found[i] as Attribution;
    const at = opening(a);
    return at >= p.end && ATTACHED.test(text.slice(p.end, at)) && ownsQuoteBefore(text, p, a, at);
  });
  if (after !== undefined) return after;
  const before = holders
    .filter((i) => closing(found[i] as Attribution) <= p.start)
    .sort((a, b) => closing(found[b] as Attribution) - closing(found[a] as Attribution));
  return before[0] ?? (holders[0] as number);
}

/**
 * Whether a quote right before an attribution is its own: after a comma,
 * "!" or "?" (`"C," Y said …`), or when the attribution says nothing after its cue
 * (`"C." Y said.`). `"C." Leigh, who had three nominations, told BBC News
 * the success was "amazing"` starts a new sentence with its own content:
 * the quote before it goes on the speaker before.
 */
function ownsQuoteBefore(text: string, p: Range, a: Attribution, at: number): boolean {
  if (/[,!?]/.test(text.slice(p.end, at))) return true;
  const cueEnd = a.cue[0]?.end ?? at;
  return !a.content.some((f) => f.start >= cueEnd);
}

/** Marks and punctuation a leftover piece sheds at either end. */
const LEADING = /^[\s"'“”‘’`«»„,.;:—–-]+/u;
const TRAILING = /[\s"'“”‘’`«»„,.;:—–-]+$/u;
/** A leftover worth keeping: three words or more. */
const CLAUSE = /\p{L}+\P{L}+\p{L}+\P{L}+\p{L}/u;

/**
 * What of a piece lies outside its owner's pieces: `He said A. ''B,'' he said.`
 * merges A and B into one fragment; B goes to the second cue, A stays.
 */
function outside(text: string, p: Range, owned: Range[]): Range[] {
  let parts: Range[] = [p];
  for (const q of owned) {
    parts = parts.flatMap((r) =>
      overlaps(r, q)
        ? [
            { start: r.start, end: q.start },
            { start: q.end, end: r.end },
          ].filter((x) => x.end > x.start)
        : [r],
    );
  }
  return parts.flatMap((r) => {
    const slice = text.slice(r.start, r.end);
    const lead = slice.length - slice.replace(LEADING, '').length;
    const trail = slice.length - slice.replace(TRAILING, '').length;
    const trimmed = { start: r.start + lead, end: r.end - trail };
    return trimmed.end > trimmed.start && CLAUSE.test(text.slice(trimmed.start, trimmed.end))
      ? [trimmed]
      : [];
  });
}

/** Kept pieces as fragments: pieces a seam split and both kept join again. */
function joinPieces(text: string, kept: Range[]): Fragments {
  const out: Fragments = [];
  for (const r of [...kept].sort((a, b) => a.start - b.start)) {
    const prev = out[out.length - 1];
    if (prev && /^["”]\s+["“]$/u.test(text.slice(prev.end, r.start))) prev.end = r.end;
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const key = (r: Range) => `${r.start}:${r.end}`;
