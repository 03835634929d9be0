import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';
import { timeBefore } from './timed-subject';

/** A preposition the time is the object of: "until last year". */
const PREPOSITION = /^(?:until|since|of|for|from|to|by|in|at|out)$/;
/**
 * A participle or a document the time may say when of ("figures released
 * last week", "a Gallup Poll taken last week", "a survey in March"): PolNeAR
 * train keeps such times inside the source.
 */
const DATED =
  /^(?:\p{Ll}+ed|taken|given|written|shown|seen|drawn|done|made|held|sent|put|polls?|surveys?|stud(?:y|ies)|reports?|figures|statistics|research|data|findings|emails)$/iu;
/** An adverb before the time: "earlier this month", "just this month". */
const LEAD = /^(?:earlier|later|early|late|just|only)$/i;

/**
 * "Mr Straw last week said", "The prime minister on Sunday said", "angry
 * Labour MPs this week warned": a time phrase ending the source is when the
 * words were said, and PolNeAR leaves it out (train: 66 such times right
 * after a gold source, before its cue). Kept: a time after a preposition, in
 * a source with a participle or a document, "today" ("Clinton defenders
 * today"), a paper named for Sunday and anything after a comma.
 */
export function withoutTime(seq: Sequence, source: Run): Run {
  const start = timeBefore(seq, source.last + 1);
  if (start === undefined || /^today$/i.test(wordAt(seq, start))) return source;
  const from = LEAD.test(wordAt(seq, start - 1)) ? start - 1 : start;
  if (from - 1 < source.first) return source;
  const head = wordAt(seq, from - 1);
  if (PREPOSITION.test(head)) return source;
  // "The Mail on Sunday", "Scotland on Sunday": no weekday of a lower-case speaker
  if (wordAt(seq, start + 1) === 'Sunday' && /^\p{Lu}/u.test(head)) return source;
  for (let k = source.first; k < from; k++)
    if (wordAt(seq, k) === ',' || DATED.test(wordAt(seq, k))) return source;
  return { ...source, last: from - 1 };
}
