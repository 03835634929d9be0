import type { Sentence } from '../text/sentences';
import { sentenceAt } from '../text/sentences';
import type { Token } from '../text/tokenize';

const RELATIVE = /^(?:who|which|that)$/i;
/**
 * "who has been in the UK", "which recently quit": a source the tagger took
 * on over a subject relative clause, whose names are not who speaks. Told
 * from "which critics", "who Mr Blair" by the verb, adverb or auxiliary after
 * it; one running past a comma may end in its speaker ("…, spokesman X").
 */
export const SUBJECT_RELATIVE =
  /^(?:who|which)\s+(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did|does|now|then|also|still|later|\p{Ll}+ly|\p{Ll}+ed)\b[^,]*$/u;
/** Words that end a noun phrase when read backwards from a relative pronoun. */
export const BOUNDARY = new Set([
  'by',
  'of',
  'to',
  'from',
  'with',
  'in',
  'on',
  'at',
  'for',
  'and',
  'or',
  'than',
  'as',
  'that',
  'said',
  'says',
  'but',
]);

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * "…the statements made by US defense officials, who maintain …": a relative
 * pronoun as source, or a subject relative clause, stands for the noun
 * phrase before it.
 */
export function relativeAntecedent(text: string, sentences: Sentence[], source: Span): Span | null {
  const written = source.text.trim();
  if (!RELATIVE.test(written) && !SUBJECT_RELATIVE.test(written)) return null;
  const sentence = sentenceAt(sentences, source.start);
  if (!sentence) return null;
  const tokens = sentence.tokens;
  let i = tokens.findIndex((t) => t.start >= source.start) - 1;
  if (/^[,(–—-]$/u.test((tokens[i] as Token | undefined)?.text ?? '')) i--;
  return phraseEndingAt(text, tokens, i, BOUNDARY);
}

/**
 * The noun phrase whose last token is `tokens[last]`: at most six words,
 * back to a word of `stops` or a mark.
 */
export function phraseEndingAt(text: string, tokens: Token[], last: number, stops: Set<string>): Span | null {
  let i = last;
  while (
    i >= 0 &&
    last - i < 6 &&
    /\p{L}/u.test((tokens[i] as Token).text) &&
    !stops.has((tokens[i] as Token).text.toLowerCase())
  )
    i--;
  if (i === last) return null;
  const first = tokens[i + 1] as Token;
  const end = (tokens[last] as Token).end;
  return { start: first.start, end, text: text.slice(first.start, end) };
}
