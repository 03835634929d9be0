import { openingTag } from './entities';
import type { Sequence, TokenInfo } from './features';
import {
  AUXILIARY,
  cueBetween,
  isPassive,
  OPENS_SPEAKER,
  openingName,
  sentenceStart,
  VERB_LIKE,
  wordAt,
} from './opening-subject';
import { afterLead } from './phrase-subject';
import { RAISING } from './subject-content';
import type { Run } from './tags';

/** A person, organisation, country or other name ("Airbus" the tagger may type MISC beside its jets). */
const SUBJECTS: ReadonlySet<number> = new Set([...OPENS_SPEAKER, openingTag('GPE'), openingTag('MISC')]);
/** "on Tuesday", "last week", "this month", "in September": a time of two words. */
const TIME_HEAD = /^(?:on|last|this|in)$/i;
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|weekend|month|year)$/;
/** Words that open a noun phrase as subject. */
const OPENER = /^(?:the|a|an|these|those|its|his|her|their|our|some|many|several|other|both)$/i;
/** Words a noun phrase holds at most, its opener included. */
const MAX_PHRASE = 8;
/** A word of the phrase: letters, digits, hyphens, a possessive's apostrophe. */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.&-]*$|^['’]s$/u;
/** A clause's words, or a second subject's: no phrase of one subject. */
const NO_PHRASE = /^(?:who|which|that|whose|and|or|but|he|she|it|they|we|I|you|said|says|told)$/i;
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
  // "The Paris Club of rich creditor nations on Wednesday": a name inside the phrase
  return name && name.last + 1 === time ? { ...name, first } : nounPhrase(seq, first, time);
}

/**
 * "The Paris Club of rich creditor nations on Wednesday offered", "A separate
 * survey by GMIPoll last week found": a determiner and a few words of no
 * clause ending right at the time; not a bare phrase ("Acme shares on Monday").
 */
function nounPhrase(seq: Sequence, first: number, time: number): Run | undefined {
  if (!OPENER.test(wordAt(seq, first)) || time - first < 2 || time - first > MAX_PHRASE) return undefined;
  for (let k = first + 1; k < time; k++) {
    const w = wordAt(seq, k);
    if (!WORD.test(w) || NO_PHRASE.test(w) || AUXILIARY.test(w) || VERB_LIKE.test(w)) return undefined;
  }
  return { role: 'source', first, last: time - 1 };
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
