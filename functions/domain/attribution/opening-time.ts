import type { Sequence } from './features';
import { sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';
import { timeBefore } from './timed-subject';

/** A time of one word opening a sentence ("Yesterday", not "Today": train keeps "The party today"). */
const ALONE = /^(?:Earlier|Later|Yesterday)$/;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * "Earlier Tony Blair | defended", "Yesterday General Motors' results |
 * showed", "Last year Acme | opposed": a time opening the sentence with no
 * comma after it, which the tagger took into the source, is none of it
 * (PolNeAR train gold never opens a source on one), when a capital or an
 * article follows it.
 */
export function withoutOpeningTime(seq: Sequence, source: Run): Run {
  const first = source.first;
  if (sentenceStart(seq, first) !== first) return source;
  const word = wordAt(seq, first);
  let end: number | undefined;
  if (ALONE.test(word)) end = first;
  else if (
    /^\p{Lu}/u.test(word) &&
    (timeBefore(seq, first + 2) === first || (word === 'In' && YEAR.test(wordAt(seq, first + 1))))
  )
    end = first + 1;
  if (end === undefined || end >= source.last) return source;
  return /^(?:\p{Lu}|the$|a$|an$)/u.test(wordAt(seq, end + 1)) ? { ...source, first: end + 1 } : source;
}
