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
/**
 * A phrase of place after the participle, then the main clause's verb:
 * "many of the issues discussed in Porto Alegre are …", "the website
 * mentioned in the message will not …". No comma, pronoun or "that" between.
 */
const PHRASE_THEN_VERB =
  /^\s+(?:in|at|under|during)\s+(?:(?!(?:that|he|she|it|they|we|I|you)\s)[\p{L}\d'’-]+\s+){1,5}?(?:is|are|was|were|will|would|can|could|may|might|must|should|do|does|did)\b/u;
/** A common noun's last word: "the issues", not "Ms Simonetti". */
const COMMON_NOUN = /(?:^|\s)\p{Ll}[\p{Ll}-]*$/u;
/**
 * A determiner opening the noun phrase, perhaps before a first noun and "and"
 * ("The views and | opinions"); not a bare "countries" that is a relative
 * clause's subject ("The plans (that) countries offered in Paris would …":
 * PolNeAR train gold).
 */
const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|any|many|some|most|all|only|few|several|each|every|both)\s+(?:\p{Ll}+\s+(?:and|or)\s+)?$/iu;
const DETERMINER_FIRST = /^(?:the|a|an|any|many|some|most|all|only|few|several|each|every|both)\s/iu;
/** Pronouns ("Of those asked, 62% …" is a poll's respondents). */
const PRONOUN = /^(?:those|them|these|it|him|her|us|me|you)$/i;

/**
 * "less than the 3,000 cases mentioned last week", "Under the settlement
 * announced in January, Marsh took …": a noun after a preposition and then
 * a bare past participle is a reduced relative: the noun is what was
 * mentioned, no speaker, and the tagger's content (a time, the main clause)
 * nothing said. The claim is dropped. So is a common noun with a
 * participle, a phrase of place and then the main clause's verb.
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
  if (PREPOSITION_BEFORE.test(before) && PHRASE_AFTER.test(text.slice(cue.end, cue.end + 12))) return true;
  // "many of the issues discussed in Porto Alegre are …": the noun is the main clause's subject
  const noun = text.slice(source.start, last.end);
  return (
    COMMON_NOUN.test(noun) &&
    (DETERMINER_FIRST.test(noun) ||
      DETERMINER_BEFORE.test(text.slice(Math.max(0, source.start - 30), source.start))) &&
    PHRASE_THEN_VERB.test(text.slice(cue.end, cue.end + 80))
  );
}
