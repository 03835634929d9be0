import { type Sentence, sentenceAt } from '../text/sentences';
import type { Span } from './antecedent';

/** The source comes right after "told"/"tells": it is who was told. */
const TOLD_BEFORE = /\b(?:told|tells)\s{1,3}$/u;
/** The subject before the verb, after any quote the sentence opens with: "…," Jack Buser, director at Google, tells … */
const SUBJECT = /^[\s,]*(\p{Lu}[^"“”:;]{0,120}?)[\s,]*$/u;

/**
 * "Sonya Zoghlin, the woman's attorney, told The Hill in a statement that
 * …", "…," Jack Buser, director for games at Google, tells The Hollywood
 * Reporter.": a source right after "told" or "tells" is the hearer (the
 * tagger took a paper it read as a name); the subject before the verb speaks,
 * as PolNeAR marks it ("Le Pen told CNN in an interview": source "Le Pen").
 */
export function hearerSource(text: string, sentences: Sentence[], source: Span): Span | null {
  const sentence = sentenceAt(sentences, source.start);
  if (!sentence) return null;
  const before = text.slice(sentence.start, source.start);
  const told = TOLD_BEFORE.exec(before);
  if (!told) return null;
  const clauseStart = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('”')) + 1;
  const m = SUBJECT.exec(before.slice(clauseStart, told.index));
  if (!m || / (?:said|says)\b/.test(m[1] as string)) return null;
  const start = sentence.start + clauseStart + m[0].indexOf(m[1] as string);
  const end = start + (m[1] as string).length;
  return { start, end, text: text.slice(start, end) };
}
