import type { Attribution } from '../extract/types';

/** One adverb in -ly: "jokingly", "quietly". */
const ADVERB = /^\p{L}+ly$/u;
/** What stands between a tag and an adverb after it: a comma. */
const COMMA_BEFORE = /,\s*$/u;

/**
 * `"…," Bublik said, jokingly.`: the tagger reads an adverb after a tag's
 * comma as a cue of its own, with the quote and the tag its content. A cue
 * that is one adverb in -ly, with only a comma between it and another
 * attribution's cue or source, says how that report was made: it is no claim.
 */
export function adverbAfterTag(text: string, a: Attribution, all: readonly Attribution[]): boolean {
  const cue = a.cue[0];
  if (a.cue.length !== 1 || !cue || !ADVERB.test(text.slice(cue.start, cue.end))) return false;
  const before = text.slice(Math.max(0, cue.start - 4), cue.start);
  const comma = COMMA_BEFORE.exec(before);
  if (!comma) return false;
  const end = cue.start - before.length + comma.index;
  return all.some((o) => o !== a && [...o.cue, ...(o.source ?? [])].some((r) => r.end === end));
}
