import { isConnective } from '../attribution/connective';
import { type Sentence, sentenceAt } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { BOUNDARY, phraseEndingAt, type Span } from './antecedent';

const PRONOUN = /^(?:who|that)$/i;
const COPULA = /^(?:is|are|was|were)$/i;
const WORD = /^\p{L}[\p{L}'’-]*$/u;
/** The subject may be coordinated ("Exeter and Cardiff"): "and" does not end it. */
const STOPS = new Set([...BOUNDARY].filter((w) => w !== 'and'));
/** A list item before "A and B", and its comma: one to three capitalised words ("Diana Ross", "Coca-Cola"). */
const LISTED = /(?:^|,\s)(\p{Lu}[\p{L}'’.-]{0,30}(?: \p{Lu}[\p{L}'’.-]{0,30}){0,2}),\s$/u;

/**
 * "Tony Blair is among those who have called for …", "Exeter and Cardiff are
 * among cities who …", "X was one of the few who said …": the group the
 * pronoun stands for is named only to place the subject in it, so the
 * subject before the copula speaks, as PolNeAR train marks it (source the
 * subject, cue "is among those who say"). The group is at most four words.
 */
export function groupMember(text: string, sentences: Sentence[], source: Span): Span | null {
  if (!PRONOUN.test(source.text.trim())) return null;
  const sentence = sentenceAt(sentences, source.start);
  if (!sentence) return null;
  const tokens = sentence.tokens;
  const last = tokens.findIndex((t) => t.start >= source.start) - 1;
  for (let i = last - 1; i >= 1 && last - i <= 5; i--) {
    const word = (tokens[i] as Token).text.toLowerCase();
    if (word === 'among' || (word === 'one' && (tokens[i + 1] as Token).text === 'of')) {
      if (!COPULA.test((tokens[i - 1] as Token).text)) return null;
      const subject = phraseEndingAt(text, tokens, i - 2, STOPS);
      return subject && withListHead(text, sentence.start, subject);
    }
    if (!WORD.test(word)) return null;
  }
  return null;
}

/**
 * "Michael Jackson, Aerosmith, Diana Ross and Phil Collins": a coordinated
 * subject takes the capitalised items listed before it, not an opening
 * connective ("However, …") nor lower-case words ("In the meantime, …").
 */
function withListHead(text: string, from: number, subject: Span): Span {
  if (!/\sand\s/.test(subject.text)) return subject;
  let start = subject.start;
  for (let m = LISTED.exec(text.slice(from, start)); m; m = LISTED.exec(text.slice(from, start))) {
    const item = m[1] as string;
    if (isConnective(item)) break;
    start = from + m.index + m[0].indexOf(item);
  }
  return start === subject.start
    ? subject
    : { start, end: subject.end, text: text.slice(start, subject.end) };
}
