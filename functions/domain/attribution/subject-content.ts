import type { Sequence } from './features';
import { DETERMINER, isPassive, PASSIVE, sentenceStart, wordAt } from './opening-subject';
import { INSIDE } from './quotes';
import type { Run } from './tags';

/** Longest subject taken back from the content, in tokens ("The inspectors general's office"). */
const MAX_SUBJECT = 6;
const PUNCTUATION = /^[\p{P}]+$/u;
/** "Melania seems to have vanished": the subject of a raising verb is the content's, not a source. */
export const RAISING = /^(?:seem|seems|seemed|appear|appears|appeared|look|looks|looked)$/i;
/** A run holding a verb ("Studies have", "The government is") is no bare subject. */
const AUXILIARY =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)$/i;
/** A question ("Why worry about …") or an adverbial ("By contrast last year's survey found"): no bare subject. */
const OPENER =
  /^(?:why|what|who|how|which|when|where|by|in|on|at|for|with|from|after|before|now|but|and|so|yet|also|however)$/i;
/** "The two banks reportedly held talks": an adverb cue reports what others say of the subject. */
const ADVERB = /ly$/i;
/** Words between a be-verb and its -ing word: "is also looking", "are prominently displaying". */
const BETWEEN = /^(?:\p{Ll}+ly|also|now|still|not|already)$/u;
/** A connective before a feeling's subject: "But she was pleased", "However Mr Mulligan was not convinced". */
const CONNECTIVE = /^(?:but|however|and|yet)$/i;

/**
 * "She was predicting", "The police were urging": a be-verb before an -ing
 * word ending the cue is active; not after an "It", which may be no one or a
 * body named sentences back ("It is expecting annual sales growth").
 */
export function isProgressive(seq: Sequence, cue: Run): boolean {
  const last = wordAt(seq, cue.last);
  if (!/^\p{Ll}+ing$/u.test(last) || last === 'being' || /^it$/i.test(wordAt(seq, cue.first - 1)))
    return false;
  let k = cue.last - 1;
  while (k > cue.first && BETWEEN.test(wordAt(seq, k))) k--;
  return k >= cue.first && PASSIVE.test(wordAt(seq, k));
}

/**
 * A wish or a feeling after a be-verb: an adjective, though some end in -ed
 * ("was disappointed with", "is concerned that"), never a passive's participle.
 */
const FEELING =
  /^(?:keen|pleased|disappointed|concerned|worried|convinced|determined|delighted|satisfied|upset|angry|glad|happy|unhappy|confident|upbeat|hopeful|optimistic|sceptical|adamant|desperate)$/i;

/**
 * "The government was keen to play down …", "Mr Smith was disappointed
 * with …": a wish or a feeling, no passive, so its subject is the source,
 * as PolNeAR marks "she has been …, keen to make her party more mainstream".
 * A feeling may be held "long" ("China has long been worried that …").
 */
export function isFeeling(seq: Sequence, cue: Run): boolean {
  for (let k = cue.first; k <= cue.last; k++) {
    const word = wordAt(seq, k);
    if (FEELING.test(word)) return k > cue.first;
    if (!PASSIVE.test(word) && !AUXILIARY.test(word) && !BETWEEN.test(word) && word !== 'long') return false;
  }
  return false;
}

/**
 * `The inspectors determined that …`: the linker read the subject as the
 * content's first piece, so the claim had no source and its content ran
 * around the cue. A content run that opens the sentence and ends right at
 * the cue, short, unquoted and without punctuation or a verb, is the cue's
 * source when the cue (an active verb, progressive ones included, not a
 * raising one; "was keen", "was disappointed" too) has none and its content goes on right
 * after it.
 */
export function subjectContent(seq: Sequence, quotes: Uint8Array, linked: Run[], cue: Run): Run[] {
  const feeling = isFeeling(seq, cue);
  if (
    linked.some((r) => r.role === 'source') ||
    (isPassive(seq, cue) && !isProgressive(seq, cue) && !feeling) ||
    ADVERB.test(wordAt(seq, cue.first))
  )
    return linked;
  for (let k = cue.first; k <= cue.last; k++) if (RAISING.test(wordAt(seq, k))) return linked;
  const start = sentenceStart(seq, cue.first);
  const run = linked.find(
    (r) =>
      r.role === 'content' &&
      r.last === cue.first - 1 &&
      (r.first === start || (feeling && r.first === afterConnective(seq, start))),
  );
  // a feeling's subject after "But" or "However": the connective is neither's
  const subject =
    run && feeling && run.first < run.last && CONNECTIVE.test(wordAt(seq, run.first))
      ? { ...run, first: run.first + 1 }
      : run;
  const after = linked.some((r) => r.role === 'content' && r.first === cue.last + 1);
  if (!subject || !after || subject.last - subject.first >= MAX_SUBJECT) return linked;
  // a subject ends on its head noun ("An assessment of …" tags "An" apart)
  if (DETERMINER.test(wordAt(seq, subject.last)) || OPENER.test(wordAt(seq, subject.first))) return linked;
  for (let k = subject.first; k <= subject.last; k++) {
    const word = wordAt(seq, k);
    if (quotes[k] === INSIDE || PUNCTUATION.test(word) || AUXILIARY.test(word)) return linked;
  }
  return linked.map((r) => (r === run ? { ...subject, role: 'source' as const } : r));
}

/** Where a subject opens after a sentence's opening connective and its comma ("But she", "However, Roche"); -1 for none. */
function afterConnective(seq: Sequence, start: number): number {
  if (!CONNECTIVE.test(wordAt(seq, start))) return -1;
  return wordAt(seq, start + 1) === ',' ? start + 2 : start + 1;
}
