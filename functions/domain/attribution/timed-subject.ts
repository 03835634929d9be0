import { ENTITY_TYPES } from '../model/document';
import type { Sequence, TokenInfo } from './features';
import { cueBetween, isPassive, OPENS_SPEAKER, openingName, sentenceStart, wordAt } from './opening-subject';
import { afterLead } from './phrase-subject';
import { RAISING } from './subject-content';
import type { Run } from './tags';

/** A person, organisation, country or other name ("Airbus" the tagger may type MISC beside its jets). */
const SUBJECTS: ReadonlySet<number> = new Set([
  ...OPENS_SPEAKER,
  ...(['GPE', 'MISC'] as const).map((t) => 2 * (ENTITY_TYPES.indexOf(t) + 1)),
]);
/** "on Tuesday", "last week", "this month", "in September": a time of two words. */
const TIME_HEAD = /^(?:on|last|this|in)$/i;
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|weekend|month|year)$/;
/** A time of one word: "yesterday". */
const TIME_ALONE = /^(?:yesterday|today)$/i;

/**
 * `Airbus this week announced`, `The Times on Monday said`: a cue with no
 * source right after a time phrase that follows the name its sentence opens
 * with (after "But" or "And") has that name for source, when the cue is not
 * passive nor a raising verb ("seemed") and no other cue lies between.
 */
export function timedSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  // "Donald Trump on Tuesday seemed to imply": a raising verb's subject is the content's (subject-content.ts)
  if (isPassive(seq, cue) || RAISING.test(wordAt(seq, cue.first))) return undefined;
  const time = timeBefore(seq, cue.first);
  if (time === undefined) return undefined;
  const first = afterLead(seq, sentenceStart(seq, cue.first));
  if (cueBetween(cues, cue, first)) return undefined;
  // after "The" openingName wants a verb next, not the time: "The Times on Monday said"
  const article = /^the$/i.test(wordAt(seq, first)) ? 1 : 0;
  const name = taggedName(info, first, time) ?? openingName(seq, info, first + article, time, SUBJECTS);
  return name && name.last + 1 === time ? { ...name, first } : undefined;
}

/** A mention the tagger opened on the sentence's first word, "The" and all ("The Times"). */
function taggedName(info: TokenInfo, first: number, before: number): Run | undefined {
  const opens = info.ent[first + 2] as number;
  if (!SUBJECTS.has(opens)) return undefined;
  let last = first;
  while (last + 1 < before && info.ent[last + 3] === opens + 1) last++;
  return { role: 'source', first, last };
}

/** Where a time phrase ending right before `at` starts, if one does ("in September" not after "in" of a place). */
export function timeBefore(seq: Sequence, at: number): number | undefined {
  if (TIME_ALONE.test(wordAt(seq, at - 1))) return at - 1;
  if (!TIME_WORD.test(wordAt(seq, at - 1)) || !TIME_HEAD.test(wordAt(seq, at - 2))) return undefined;
  // "in" goes with a month only: "in year" is no time
  if (/^in$/i.test(wordAt(seq, at - 2)) && /^(?:week|weekend|month|year)$/.test(wordAt(seq, at - 1)))
    return undefined;
  return at - 2;
}
