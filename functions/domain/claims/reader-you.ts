/**
 * "If you want a book that makes you feel great …", "You might think that
 * …", "you can expect this not to decline": a source "you" in a story is
 * its reader, or anyone, in the writer's hypothetical; no one's statement.
 * Not someone addressed with what they said ("You said the war was legal").
 */
const YOU = /^you$/i;
const TOLD_BACK = /^(?:said|told|wrote|claimed|promised|admitted)$/;

/** Whether the claim's source is the reader's "you"; `cue` is the claim's cue. */
export function readerYou(source: string | null, cue: string): boolean {
  return source !== null && YOU.test(source.trim()) && !TOLD_BACK.test(cue.trim());
}
