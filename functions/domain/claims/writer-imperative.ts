/**
 * The writer telling the reader what to expect: "Expect the senator to have
 * a new strategy", "Once again, expect cinematic cut scenes", "…, but expect
 * his shadow to generate arguments". An imperative "expect" with no subject
 * before it (the sentence's start, a short opener and a comma, or ", but",
 * ", and", ", so") is the writer's own voice, no one's reported words; not
 * "everyone does, indeed, expect", "analysts expect".
 */
const EXPECT = /^expect$/i;
/** The sentence before the cue: nothing, an opener of up to three words and a comma, or a clause and ", but". */
const NO_SUBJECT = /^(?:\s*|\s*\p{L}+(?:\s+\p{L}+){0,2},\s*)$|,\s*(?:but|and|so)\s+$/u;

/** Whether a sourceless cue is the writer's imperative "expect"; `before` is its sentence up to the cue. */
export function writerImperative(cue: string, sourced: boolean, before: string): boolean {
  return !sourced && EXPECT.test(cue.trim()) && NO_SUBJECT.test(before);
}
