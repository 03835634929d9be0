import type { Sequence, TokenInfo } from './features';
import { cueBetween, isPassive, openingName, sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `He was advised to exercise judgement and said he had done nothing wrong`:
 * a cue right after "and" or "but" (a comma before it or not) shares the
 * subject its sentence opens with, a person's or organisation's name (an
 * honorific before it, an apposition after it) or a personal pronoun, when
 * the linker gave it no source, the cue is not passive and no other cue
 * lies between.
 */
export function coordinatedSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const word = (k: number) => wordAt(seq, k);
  if (cue.first < 3 || !/^(?:and|but)$/i.test(word(cue.first - 1)) || isPassive(seq, cue)) return undefined;
  const first = sentenceStart(seq, cue.first);
  if (cueBetween(cues, cue, first)) return undefined;
  const name = openingName(seq, info, first, cue.first);
  if (!name) return undefined;
  const apposed = withApposition(word, name.last, cue.first);
  // the subject itself, not "Bennett's sister": the verb comes next (after the apposition's comma)
  const next = apposed === name.last ? name.last + 1 : apposed + 2;
  return /^\p{Ll}/u.test(word(next)) ? { role: 'source', first, last: apposed } : undefined;
}

/** "Technorati, a blog search engine, tracks…": an apposition opened by an article and closed by a comma is the subject's. */
export function withApposition(word: (k: number) => string, last: number, before: number): number {
  if (word(last + 1) !== ',' || !/^(?:a|an|the)$/i.test(word(last + 2))) return last;
  for (let k = last + 3; k < Math.min(before, last + 3 + MAX_APPOSITION); k++)
    if (word(k) === ',') return k - 1;
  return last;
}

/** Words an apposition has at most: "a blog search engine". */
const MAX_APPOSITION = 10;
