/**
 * A work's plot, not anyone's words: "The film tells the story of two
 * adolescent boys", "Wolf Brother tells the story of Torak", "The show,
 * which told the story of a poor man striking oil". A plot is told in the
 * present ("tells"), by a film, book or show; a person telling a story
 * ("he told the story of an older supporter", "She regularly tells the
 * story of how he wooed her") keeps the claim: PolNeAR train marks 6 of its
 * 9 "tell the story/tale of" a cue, all but one a speaker's anecdote.
 */
const TELLS = /^(?:(?:also|now|still|which|that)\s+)?tells$/;
const TOLD = /^(?:(?:will|would|also|which|that|has|have|had|is|was)\s+){0,4}(?:tell|tells|told|telling)$/;
/** The story's subject after "of", not how or why something happened ("the story of how he escaped"). */
const STORY =
  /^\s*(?:the|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:story|stories|tale|tales)\s+of\s+(?!(?:how|what|why|when|where|whether)\b)/iu;
/** A person's pronoun as the teller. */
const PERSON_PRONOUN = /^(?:i|we|you|he|she|they)$/i;
/** A work as the teller: "The film", "The show", "the new drama". */
const WORK =
  /(?:^|\s)(?:film|movie|show|series|programme|drama|documentary|play|musical|book|novel|sequel|episode|opera|ballet|album|song|game)s?$/i;

/** Whether the cue and what follows it tell a work's plot; `source` is the tagger's source, if any. */
export function tellsPlot(cue: string, source: string | null, restOfSentence: string): boolean {
  const words = cue.toLowerCase().trim().split(/\s+/u).join(' ');
  if (!TOLD.test(words) || !STORY.test(restOfSentence)) return false;
  const teller = source?.trim() ?? '';
  if (WORK.test(teller)) return true;
  return TELLS.test(words) && !PERSON_PRONOUN.test(teller);
}
