import type { Attribution } from '../extract/types';

/**
 * "It's predicted that …", "It has also emerged that …", "it is difficult to
 * say", "It just goes to show": the impersonal "it" of a passive report or a
 * set phrase stands for no one, so it is no source (PolNeAR marks such
 * reports with none, as `attribution/impersonal-report.ts` builds them) and
 * no speaker. The tagger took "It" for the source, and the speaker resolver
 * would give it the nearest body.
 */
const IT = /^it$/i;

/** A passive cue: "is thought", "has been reported", "could be argued", "'s predicted". */
const PASSIVE_CUE =
  /^(?:is|was|['’]s|are|were|(?:has|had|have) been|(?:will|would|could|may|might|can) be)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|further\s+|long\s+)?(?:\w+ed|thought|known|understood|said|told|shown|seen|felt|held|found)$/i;

/** "has (also) emerged", "it is difficult to say", "it just goes to show". */
const IMPERSONAL_CUE =
  /^(?:(?:has|had)\s+(?:(?:also|now|since)\s+)?emerged|(?:is|was|['’]s)\s+(?:too\s+)?(?:difficult|hard|impossible|early|soon)\s+to\s+(?:say|tell)|(?:just\s+)?goes\s+to\s+show)$/i;

/** Whether the source is the impersonal "it" of its cue. */
export function isImpersonalIt(source: string, cue: string): boolean {
  const words = cue.trim().split(/\s+/).join(' ');
  return IT.test(source.trim()) && (PASSIVE_CUE.test(words) || IMPERSONAL_CUE.test(words));
}

/**
 * "It is predicted that there will be …": the tagger may take the impersonal
 * "it" into the content, before the passive cue; it is no part of what is
 * reported.
 */
export function withoutImpersonalIt(text: string, a: Attribution): Attribution {
  const cue = a.cue[0];
  if (!cue || a.content.length < 2) return a;
  const cueText = text.slice(cue.start, a.cue[a.cue.length - 1]?.end ?? cue.end);
  const content = a.content.filter(
    (p) => p.end > cue.start || !isImpersonalIt(text.slice(p.start, p.end), cueText),
  );
  return content.length === a.content.length ? a : { ...a, content };
}
