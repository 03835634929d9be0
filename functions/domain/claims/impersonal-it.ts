/**
 * "It's predicted that …", "It has also emerged that …", "It is hoped the
 * change will …": the impersonal "it" of a passive report stands for no one,
 * so it is no source (PolNeAR marks such reports with none, as
 * `attribution/impersonal-report.ts` builds them). The tagger took "It" for
 * the source, and the speaker resolver then gave it the nearest body.
 */
const IT = /^it$/i;
const IMPERSONAL_CUE =
  /^(?:(?:is|was|['’]s|has\s+been|have\s+been|had\s+been|could\s+be|might\s+be|may\s+be|can\s+be)\s+(?:(?:also|now|still|further|widely|generally|long)\s+)?(?:predicted|thought|believed|understood|estimated|feared|rumoured|hoped|expected|reported|said|claimed|alleged|suggested|revealed|argued)|(?:has|had)\s+(?:(?:also|now|since)\s+)?emerged)$/i;

/** Whether the source is the impersonal "it" of its passive cue. */
export function isImpersonalIt(source: string, cue: string): boolean {
  return IT.test(source.trim()) && IMPERSONAL_CUE.test(cue.trim().split(/\s+/).join(' '));
}
