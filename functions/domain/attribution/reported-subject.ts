import type { Attribution } from '../extract/types';

/** "reportedly" alone, or after "also": others' report, no speaker's verb. */
const REPORTEDLY = /^(?:also\s+)?reportedly$/i;
/** A relative pronoun stands for a subject outside the clause ("Mr Brown, who reportedly …"). */
const RELATIVE = /^(?:who|which|that)$/i;
/** Only blanks between the subject and the cue. */
const GAP = /^\s*$/;
/** "has reportedly offered", "is also reportedly close to": an auxiliary, the adverb, then the verb. */
const AUX_REPORTEDLY = /^(has|have|had|is|are|was|were|will|would)\s+((?:also\s+)?reportedly)\s+(\p{L}+)/iu;
/** Verbs of saying or finding after the adverb keep their subject as source ("has reportedly said", "have reportedly shown"). */
const SAYING =
  /^(?:said|told|expressed|voiced|shown|claimed|warned|denied|admitted|confirmed|revealed|suggested|stated|called|urged|written)$/iu;

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
  if (source.end > cue.start || !GAP.test(text.slice(source.end, cue.start)) || first.start < cue.end)
    return a;
  if (!REPORTEDLY.test(text.slice(cue.start, cue.end).trim())) return auxiliaryReported(text, a);
  if (RELATIVE.test(text.slice(source.start, source.end).trim())) return { ...a, source: null };
  return { source: null, cue: a.cue, content: [source, ...a.content] };
}

/**
 * "Rovers have reportedly offered £500,000", "X is reportedly close to
 * confirming Y": the tagger took the auxiliary and the verb into the cue.
 * As PolNeAR marks "Clinton has reportedly amassed …" (no source, the subject
 * and the auxiliary opening the content), only the adverb is the cue. A verb of
 * saying after it keeps its speaker ("has reportedly said").
 */
function auxiliaryReported(text: string, a: Attribution): Attribution {
  const [source] = a.source ?? [];
  const [cue] = a.cue;
  const [first, ...rest] = a.content;
  if (!source || !cue || !first) return a;
  const m = AUX_REPORTEDLY.exec(text.slice(cue.start, cue.end));
  if (!m?.[1] || !m[2] || !m[3] || SAYING.test(m[3])) return a;
  const adverb = cue.start + m[0].indexOf(m[2], m[1].length);
  const verb = cue.start + m[0].length - m[3].length;
  const deed = GAP.test(text.slice(cue.end, first.start))
    ? [{ start: verb, end: first.end }, ...rest]
    : [{ start: verb, end: cue.end }, first, ...rest];
  return {
    source: null,
    cue: [{ start: adverb, end: adverb + m[2].length }],
    // a relative pronoun is dropped, as after a bare "reportedly"
    content: [
      ...(RELATIVE.test(text.slice(source.start, source.end).trim()) ? [] : [source]),
      { start: cue.start, end: cue.start + m[1].length },
      ...deed,
    ],
  };
}
