import { sentenceSubject } from './coordinated-subject';
import type { Sequence, TokenInfo, WordClasses } from './features';
import {
  cueBetween,
  DETERMINER,
  isPassive,
  openingName,
  PASSIVE,
  sentenceStart,
  VERB_LIKE,
  wordAt,
} from './opening-subject';
import { isCommaParticiple } from './participle-source';
import { afterFronted, afterLead, openingPhrase } from './phrase-subject';
import { isPrepositionParticiple } from './preposition-participle';
import { OUTSIDE } from './quotes';
import type { Run } from './tags';
import { classIds, classOf } from './word-classes';

/**
 * `Romney went after Trump over his taxes, calling them …`: a participle cue
 * after a comma or a preposition ("by calling them", preposition-participle.ts),
 * with no source of its own and no cue before it in its
 * sentence, is said by the subject the sentence opens with, as PolNeAR marks
 * it (participle-source.ts covers a cue right before it). Not inside a quote,
 * not "It was …", and not a name that modifies a noun ("Motley Crue guitarist
 * Mick Mars is being sued …, claiming").
 */
export function participleSubject(
  seq: Sequence,
  info: TokenInfo,
  classes: WordClasses,
  cues: Run[],
  cue: Run,
): Run | undefined {
  const hangs = isCommaParticiple(seq, cue) || isPrepositionParticiple(seq, cue) || afterAndBut(seq, cue);
  if (!hangs || isPassive(seq, cue)) return undefined;
  const subject = sentenceSubject(seq, info, cues, cue) ?? phraseSubject(seq, info, classes, cues, cue);
  // the subject ends before the word the cue hangs by ("And Yelling says": a name read as the cue is none)
  if (!subject || subject.last >= cue.first - 1 || /^it$/i.test(wordAt(seq, subject.last))) return undefined;
  for (let k = subject.first; k < cue.first; k++) if (info.q[k] !== OUTSIDE) return undefined;
  const next = wordAt(seq, subject.last + 1) === ',' ? subject.last + 2 : subject.last + 1;
  const w = wordAt(seq, next);
  // a noun in -ss is no verb: "Newcastle boss Graeme Souness" names the club as a modifier
  return (VERB_LIKE.test(w) && !/ss$/.test(w)) || VERB_CLASSES.has(classOf(seq, classes, next))
    ? subject
    : undefined;
}

/**
 * "The charity welcomed the news and said …": a cue right after "and" or
 * "but" whose sentence opens on no name (coordinated-subject.ts takes those)
 * hangs on the opening phrase as a participle does.
 */
const afterAndBut = (seq: Sequence, cue: Run) =>
  cue.first > 0 && /^(?:and|but)$/i.test(wordAt(seq, cue.first - 1));

/** What may follow a subject: a verb, or an adverb before one ("Labour later took"). */
const VERB_CLASSES = classIds([
  'Modal',
  'Copula',
  'Auxiliary',
  'Negative',
  'Adverb',
  'Comparative',
  'PastTense',
  'Participle',
  'Infinitive',
  'PresentTense',
  'Verb',
]);

/**
 * "The pair spent four days in hospital, claiming …": a noun phrase the
 * sentence opens with, no other cue after it, and no clause between on whose
 * words the participle may hang ("with Hutchings marching up to him, saying",
 * "a dispute which saw The Game thrown out, accusing", "the home my husband
 * and I bought, thinking", a dash's aside); a relative clause set off by
 * commas is the object's aside.
 */
function phraseSubject(
  seq: Sequence,
  info: TokenInfo,
  classes: WordClasses,
  cues: Run[],
  cue: Run,
): Run | undefined {
  const first = sentenceStart(seq, cue.first);
  if (cueBetween(cues, cue, first)) return undefined;
  // "But Robinson was bullish …, saying": a name after the lead, as sentenceSubject takes one opening it
  const lead = afterLead(seq, first);
  // "In March this year, North Wales Police reopened the case, saying": a name after a fronted phrase
  const front = afterFronted(seq, lead, cue.first);
  const subject =
    (front > first ? openingName(seq, info, front, cue.first) : undefined) ??
    openingPhrase(seq, classes, first, cue.first);
  if (!subject) return undefined;
  // up to the comma or preposition the participle hangs by ("while noting": not a clause of its own)
  for (let k = subject.last + 1; k < cue.first - 1; k++) {
    const w = wordAt(seq, k);
    if (
      (/^\p{Ll}+ing$/u.test(w) && !ING_PREPOSITION.test(w) && !mainOrNoun(seq, k)) ||
      /^[-–—]$/u.test(w) ||
      SUBJECT.test(w) ||
      CONJUNCTION.test(w) ||
      (RELATIVE.test(w) && wordAt(seq, k - 1) !== ',')
    )
      return undefined;
  }
  return subject;
}

/**
 * An -ing word no clause of its own hangs on: the main clause's own verb
 * after a be-form ("But she is taking her time …, hoping") or a noun's
 * modifier after a determiner ("greeted the waiting media, saying", "gave an
 * intelligence briefing …, explaining"); not after "with" ("with a woman
 * marching up to him, saying": she says it).
 */
const mainOrNoun = (seq: Sequence, k: number) =>
  PASSIVE.test(wordAt(seq, k - 1)) ||
  (DETERMINER.test(wordAt(seq, k - 1)) && !WITH.test(wordAt(seq, k - 2))) ||
  (DETERMINER.test(wordAt(seq, k - 2)) &&
    /^\p{Ll}+$/u.test(wordAt(seq, k - 1)) &&
    !/ing$/.test(wordAt(seq, k - 1)) &&
    !WITH.test(wordAt(seq, k - 3)));
const WITH = /^with(?:out)?$/i;

const RELATIVE = /^(?:who|which|that|whose)$/i;
/** A clause of its own: "The first incident came during a speech, when protesters interrupted, shouting". */
const CONJUNCTION = /^(?:when|while|whereas|because|if|although|though|unless|until)$/i;
/** Prepositions that end in -ing and hang no participle: "bullish during the week, saying". */
const ING_PREPOSITION = /^(?:during|notwithstanding)$/;
/** A clause's own subject: "The place is the home my husband and I bought, thinking". */
const SUBJECT = /^(?:I|we|he|she|they)$/;
