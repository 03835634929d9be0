import { SAYING } from './no-statement';

/**
 * A consequence, not words: "The extra time taken … meant that there was a
 * knock-on effect", "the low cost of voice calls means that operators lose
 * …". PolNeAR train marks "mean(s)/meant" a cue 15 times in 266, and
 * "means/meant that" 3 in 28. A speaker's meaning ("I mean that", "he
 * meant that as a joke") keeps the claim.
 */
const MEANT = /^(?:(?:[\p{L}'’-]+)\s+){0,3}(?:mean|means|meant)$/u;
const SPEAKER_PRONOUN = /^(?:i|you|we|he|she)$/i;

export function tellsConsequence(cue: string, source: string | null): boolean {
  const words = cue.toLowerCase().trim().split(/\s+/u).join(' ');
  if (!MEANT.test(words) || SAYING.test(words)) return false;
  return !(source && SPEAKER_PRONOUN.test(source.trim()));
}
