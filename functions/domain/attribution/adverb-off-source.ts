import type { Sequence, WordClasses } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';
import { classId, classOf } from './word-classes';

/** A lower-case word ending in "ly" ("blankly", "reportedly"), four letters or more. */
const LY_WORD = /^\p{Ll}{2,}ly$/u;
const LOWER = /^\p{Ll}+$/u;
/** "polls from Monmouth and CNN/ORC respectively": it sorts the subject's list. */
const OF_THE_SUBJECT = /^respectively$/;
/** A clause inside the source the adverb may end: "others seeking …", "those who moved … illegally". */
const CLAUSE_WORD = /^(?:who|whom|whose|which|that|\p{Ll}{2,}ing)$/u;
const ADVERB = classId('Adverb');

/**
 * "Gingrich cynically | dismissed", "the British royal blankly | denied": an
 * adverb ending the source right before its cue says how the words came and
 * goes with the cue, as PolNeAR marks it ("cynically dismissed", "almost
 * universally expressed"), with an adverb before it ("almost"). A word the
 * model's classes call anything but an adverb stays ("his family", "the
 * trade weekly", "the tally"), and so do "respectively", an adverb that may
 * end a clause inside the source ("those who moved … illegally") and a
 * source that is the adverb alone.
 */
export function adverbOffSource(
  seq: Sequence,
  classes: WordClasses,
  source: Run,
  cue: Run,
): { source: Run; cue: Run } {
  const last = wordAt(seq, source.last);
  if (source.last + 1 !== cue.first || !LY_WORD.test(last) || OF_THE_SUBJECT.test(last))
    return { source, cue };
  if (![0, ADVERB].includes(classOf(seq, classes, source.last))) return { source, cue };
  for (let k = source.first; k < source.last; k++)
    if (CLAUSE_WORD.test(wordAt(seq, k))) return { source, cue };
  // one adverb before it goes too ("almost universally"), never the source's first word
  const before = source.last - 1;
  const k =
    before > source.first && classOf(seq, classes, before) === ADVERB && LOWER.test(wordAt(seq, before))
      ? before
      : source.last;
  if (k <= source.first) return { source, cue };
  return { source: { ...source, last: k - 1 }, cue: { ...cue, first: k } };
}
