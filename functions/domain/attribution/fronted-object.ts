import { RANKS } from '../entities/lexicons';
import type { Sequence, TokenInfo } from './features';
import { DETERMINER, OPENS_SPEAKER, sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/** Words that open a phrase fronted before the subject with no comma: "Despite the demand Sony said". */
const FRONTING = new Set(['despite', 'after', 'following', 'unlike', 'with', 'without', 'amid', 'in']);
/** A participle opening the fronted phrase: "Launching the initiative Mr Clarke said", "Responding to the claims". */
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** A conjunction the sentence may open with before the phrase: "But after talks with …". */
const CONJUNCTION = new Set(['but', 'and', 'yet']);
/** Words the fronted phrase has at most before the source, a conjunction included: "But in its statement". */
const MAX_FRONTED = 5;
/** Words of the phrase's object the tagger took at most before the name: "the demand", "the ruling". */
const MAX_OBJECT = 3;
const QUOTE = /^["“”'‘’]$/u;
const WORD = /^[\p{L}-]+$/u;
const LOWER = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * "Despite the demand Sony said", "After the ruling Carla Ferstman, legal
 * director of …, said", "In its statement Valve also said": the sentence
 * opens with a prepositional or participial phrase and no comma closes it,
 * so the tagger began the source on the phrase's object. The object is a
 * determiner and lower-case words right after the phrase's preposition; the
 * subject is the name after them (a person's or an organisation's, or a
 * rank before one), to the source's end, which a name's word or an
 * apposition closes ("the independent Institute for Fiscal Studies" after
 * "In January" keeps its words: no preposition right before it).
 */
export function frontedObject(
  seq: Sequence,
  info: TokenInfo,
  source: Run | undefined,
  cue: Run,
): Run | undefined {
  if (!source || source.last >= cue.first || !DETERMINER.test(wordAt(seq, source.first))) return source;
  if (!fronted(seq, source.first)) return source;
  for (let k = source.first + 1; k <= source.last && k <= source.first + MAX_OBJECT; k++) {
    const word = wordAt(seq, k);
    if (CAPITAL.test(word))
      return k > source.first + 1 && namesSubject(seq, info, k, source) ? { ...source, first: k } : source;
    if (!LOWER.test(word)) return source;
  }
  return source;
}

/** Whether a fronted phrase opens the sentence and ends right before `at`, no punctuation in it. */
function fronted(seq: Sequence, at: number): boolean {
  let first = at;
  while (first > at - MAX_FRONTED && WORD.test(wordAt(seq, first - 1))) first--;
  if (CONJUNCTION.has(wordAt(seq, first).toLowerCase())) first++;
  const opener = wordAt(seq, first).toLowerCase();
  if (first >= at || (!FRONTING.has(opener) && !PARTICIPLE.test(opener))) return false;
  if (!opensSentence(seq, first)) return false;
  // the object's determiner comes right after the phrase's preposition or participle ("Responding to")
  const before = wordAt(seq, at - 1).toLowerCase();
  return (
    FRONTING.has(before) ||
    PARTICIPLE.test(before) ||
    (before === 'to' && PARTICIPLE.test(wordAt(seq, at - 2).toLowerCase()))
  );
}

/** Whether the sentence starts at `k`, or a quote its split left on it does: `…she said." Responding to`. */
function opensSentence(seq: Sequence, k: number): boolean {
  let start = sentenceStart(seq, k);
  while (start < k && QUOTE.test(wordAt(seq, start))) start++;
  if (start === k || (CONJUNCTION.has(wordAt(seq, start).toLowerCase()) && start + 1 === k)) return true;
  return QUOTE.test(wordAt(seq, k - 1)) && /^[.!?]$/.test(wordAt(seq, k - 2));
}

/** A person's or organisation's name (or a rank before one) at `k`, the source's words from it ending on a name. */
function namesSubject(seq: Sequence, info: TokenInfo, k: number, source: Run): boolean {
  const opens = OPENS_SPEAKER.has(info.ent[k + 2] as number) || RANKS.has(wordAt(seq, k).toLowerCase());
  if (!opens) return false;
  let end = source.last;
  for (let j = k; j <= source.last; j++)
    if (wordAt(seq, j) === ',') {
      end = j - 1;
      break;
    }
  return CAPITAL.test(wordAt(seq, end));
}
