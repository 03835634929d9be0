import type { Attribution } from '../extract/types';

/** Only a comma or spaces between the cue and its content. */
const GAP = /^[\s,]*$/;
/** A tag right after a comma. */
const INSERTED = /,\s*$/;
/** A content that opens on "but", after a comma or not. */
const OPENS_ON_BUT = /^,?\s*but\b/i;

/**
 * "It's more complicated than McKinley suggests, but he appears to be in the
 * ballpark", "the $53 million figure McKinley cited, but it's …": a cue
 * whose object came before it (a comparison, a relative clause) leaves the
 * tagger nothing after it but the next clause, which "but" opens and which
 * is the writer's. A content that opens on "but" right after its cue was
 * never said, so the claim is dropped; not after a colon's tag, nor a tag
 * set in by commas, whose content goes on after it.
 */
export function butAfterCue(text: string, a: Attribution): boolean {
  const cue = a.cue[a.cue.length - 1];
  const first = a.content[0];
  // a colon's tag opens a speech, which may start on "But" ("WALLACE: But, Governor, …")
  if (!cue || !first || first.start < cue.end || text.charAt(cue.end - 1) === ':') return false;
  if (!GAP.test(text.slice(cue.end, first.start)) || !OPENS_ON_BUT.test(text.slice(first.start, first.end)))
    return false;
  // a tag set in by commas ("He may not electrify a room, they say, but he is …") splits its own content
  const opening = Math.min(a.source?.[0]?.start ?? cue.start, a.cue[0]?.start ?? cue.start);
  return !INSERTED.test(text.slice(Math.max(0, opening - 3), opening));
}
