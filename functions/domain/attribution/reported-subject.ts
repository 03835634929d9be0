import type { Attribution } from '../extract/types';

/** "reportedly" alone, or after "also": others' report, no speaker's verb. */
const REPORTEDLY = /^(?:also\s+)?reportedly$/i;
/** A relative pronoun stands for a subject outside the clause ("Mr Brown, who reportedly …"). */
const RELATIVE = /^(?:who|which|that)$/i;
/** Only blanks between the subject and the cue. */
const GAP = /^\s*$/;

/**
 * "Gannett reportedly laid off several hundred", "Clinton Campaign
 * Reportedly Scrambling For …": the tagger sometimes took the subject right
 * before a bare "reportedly" for its source. The adverb says that unnamed
 * others report the deed, so the subject is part of what is reported, as
 * PolNeAR marks all 15 of its "reportedly" cues (no source, the subject
 * opening the content). With the content after the cue, the subject goes
 * back to it and the claim has no source; a relative pronoun standing for
 * it is simply dropped, as the speaker resolver would take its antecedent.
 */
export function reportedSubject(text: string, a: Attribution): Attribution {
  const source = a.source?.[0];
  const cue = a.cue[0];
  const first = a.content[0];
  if (!source || a.source?.length !== 1 || a.cue.length !== 1 || !cue || !first) return a;
  if (!REPORTEDLY.test(text.slice(cue.start, cue.end).trim())) return a;
  if (source.end > cue.start || !GAP.test(text.slice(source.end, cue.start)) || first.start < cue.end)
    return a;
  if (RELATIVE.test(text.slice(source.start, source.end).trim())) return { ...a, source: null };
  return { source: null, cue: a.cue, content: [source, ...a.content] };
}
