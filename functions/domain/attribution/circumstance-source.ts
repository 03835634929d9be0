import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import { withoutOpeningTime } from './opening-time';
import type { Run } from './tags';
import { withoutTime } from './timed-source';

/**
 * "said Jol after the 0-0 draw", "said Spacey at the premiere", "The
 * Electoral Commission on Thursday said": a source the tagger ran on past a
 * name into when or where the words were said ends at the name. Only before
 * any comma in the source: an apposition describes the speaker ("Kurt Karl,
 * economist at Swiss Re in New York"), and a place or firm after "at" or "in"
 * is where the speaker works ("analyst Alex Potter at Lehman Brothers").
 */
export function circumstanceCut(seq: Sequence, runs: Run[], cue: Run): Run[] {
  return runs.map((r) =>
    r.role === 'source' ? withoutTime(seq, withoutOpeningTime(seq, ownSource(seq, r, cue))) : r,
  );
}

function ownSource(seq: Sequence, source: Run, cue: Run): Run {
  const clause = source.last + 1 === cue.first ? subordinateSubject(seq, source) : undefined;
  if (clause) return clause;
  for (let k = source.first + 1; k <= source.last; k++) {
    const word = wordAt(seq, k);
    if (word === ',') return source;
    // before the cue, "after" may open a clause: "voted in favour of the Bill after Mr Clarke agreed"
    const when = ANY_TIME.test(word) ? source.first > cue.last : isCircumstance(seq, k, source.last);
    if (/^\p{Lu}/u.test(wordAt(seq, k - 1)) && when) return { ...source, last: k - 1 };
  }
  return source;
}

/**
 * "MPs voted in favour of the Bill after Mr Clarke agreed", "including Nokia
 * and Samsung while Virgin said": a source right before its cue that runs
 * over a conjunction is the subject of the clause the conjunction opens.
 */
function subordinateSubject(seq: Sequence, source: Run): Run | undefined {
  for (let k = source.last - 1; k >= source.first; k--)
    if (CONJUNCTION.test(wordAt(seq, k)))
      return SUBJECT_START.test(wordAt(seq, k + 1)) ? { ...source, first: k + 1 } : undefined;
  return undefined;
}

/** Whether the words from `k` to `last` open with a time or an occasion. */
function isCircumstance(seq: Sequence, k: number, last: number): boolean {
  const word = wordAt(seq, k);
  const next = wordAt(seq, k + 1);
  // "The Mail on Sunday", "Scotland on Sunday": no weekday of the rest
  if (word === 'on') return WEEKDAY_OR_MONTH.test(next);
  if (word === 'in') return MONTH_OR_YEAR.test(next) || (next === 'a' && wordAt(seq, k + 2) === 'statement');
  if (word !== 'at' || !/^(?:a|an|the)$/.test(next)) return false;
  // "at a London press conference", not "at the University of Delaware"
  for (let j = k + 2; j <= Math.min(last, k + 5); j++) if (OCCASION.test(wordAt(seq, j))) return true;
  return false;
}

/** Conjunctions that open a clause of their own. */
const CONJUNCTION = /^(?:after|before|while|when|because)$/;
/** Words a clause's subject opens on: a name or a pronoun, not "after 30 years" nor "after the talks". */
const SUBJECT_START = /^(?:\p{Lu}.*|he|she|they|it|we|his|her|their|its)$/u;
/** Prepositions that say when: "after the 0-0 draw". */
const ANY_TIME = /^(?:after|before|during|following)$/;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAY_OR_MONTH = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|${MONTHS})$`);
const MONTH_OR_YEAR = new RegExp(`^(?:${MONTHS}|(?:19|20)\\d\\d)$`);
/** Occasions a speaker speaks at. */
const OCCASION =
  /^(?:premiere|conference|meeting|launch|ceremony|hearing|briefing|summit|event|rally|dinner|reception|screening|festival)$/;
