import type { Attribution } from '../extract/types';

/** A preposition whose object the source is; not a clause's opener ("after the firm announced"). */
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:of|than|to|for|from|in|on|at|about|into|over|under|among|against|like|by|including|through|during)\s+$/iu;
/** A past participle alone as the cue. */
const PARTICIPLE = /^[a-z]+ed$/;
/**
 * A phrase of place or time, or the clause's end, after the participle; not
 * "by", whose agent later rules make the source ("candidates backed by super PACs").
 */
const PHRASE_AFTER = /^\s*(?:(?:in|on|at|last|earlier|during|as|under|from|over|since|recently)\b|[.;)])/i;
/** "more delegates than her advisers expected": a verb of expecting after "than" has the comparison as object. */
const THAN = /(?:^|[^\p{L}])than\s+$/iu;
const EXPECTED =
  /^(?:expect|anticipat|imagin|predict|forecast|fear|hop|estimat|assum|believ|plann|intend)ed$/i;
/** Pronouns ("Of those asked, 62% …" is a poll's respondents). */
const PRONOUN = /^(?:those|them|these|it|him|her|us|me|you)$/i;

/**
 * "less than the 3,000 cases mentioned last week", "Under the settlement
 * announced in January, Marsh took …": a noun after a preposition and then
 * a bare past participle is a reduced relative: the noun is what was
 * mentioned, no speaker, and the tagger's content (a time, the main clause)
 * nothing said. The claim is dropped.
 */
export function objectParticiple(text: string, a: Attribution): boolean {
  const source = a.source?.[0];
  const cue = a.cue[0];
  if (!source || !cue || a.cue.length !== 1) return false;
  const verb = text.slice(cue.start, cue.end);
  const last = a.source?.[a.source.length - 1] ?? source;
  if (!PARTICIPLE.test(verb) || last.end > cue.start || text.slice(last.end, cue.start).trim() !== '')
    return false;
  if (PRONOUN.test(text.slice(source.start, last.end))) return false;
  const before = text.slice(Math.max(0, source.start - 12), source.start);
  if (THAN.test(before) && EXPECTED.test(verb)) return false;
  return PREPOSITION_BEFORE.test(before) && PHRASE_AFTER.test(text.slice(cue.end, cue.end + 12));
}
