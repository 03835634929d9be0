import { sentenceSubject } from './coordinated-subject';
import type { Sequence, TokenInfo, WordClasses } from './features';
import { isPassive, VERB_LIKE, wordAt } from './opening-subject';
import { isCommaParticiple } from './participle-source';
import { OUTSIDE } from './quotes';
import type { Run } from './tags';
import { classIds, classOf } from './word-classes';

/**
 * `Romney went after Trump over his taxes, calling them …`: a participle cue
 * after a comma, with no source of its own and no cue before it in its
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
  if (!isCommaParticiple(seq, cue) || isPassive(seq, cue)) return undefined;
  const subject = sentenceSubject(seq, info, cues, cue);
  if (!subject || /^it$/i.test(wordAt(seq, subject.last))) return undefined;
  for (let k = subject.first; k < cue.first; k++) if (info.q[k] !== OUTSIDE) return undefined;
  const next = wordAt(seq, subject.last + 1) === ',' ? subject.last + 2 : subject.last + 1;
  return VERB_LIKE.test(wordAt(seq, next)) || VERB_CLASSES.has(classOf(seq, classes, next))
    ? subject
    : undefined;
}

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
