import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/** "in a statement", "in an email": how it was told, no cue of its own. */
const MEANS = /^in\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:statement|interview|email|e-mail|release|letter)$/iu;
/** "told The Hill " right before the means: the verb and a named hearer. */
const TOLD_HEARER =
  /\b(?<verb>told|tells)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3},?\s+$/du;

/**
 * "Zoghlin told The Hill in a statement that …": the tagger took the means
 * for the cue and "told" into the source. PolNeAR train marks "told" the
 * cue (7 of 8 "told X in a/an/the …"); the source ends before it.
 */
export function toldOverMeans(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const cue = a.cue.length === 1 ? a.cue[0] : undefined;
  if (!cue || !MEANS.test(text.slice(cue.start, cue.end))) return a;
  const from = Math.max(0, cue.start - 80);
  const m = TOLD_HEARER.exec(text.slice(from, cue.start));
  const verb = m?.indices?.groups?.verb;
  if (!m || !verb) return a;
  const told = { start: from + verb[0], end: from + verb[1] };
  // a source run on over "told" ends before it; one in the hearer gives way to the clause's subject
  const source = (a.source ?? [])
    .filter((s) => s.start < told.start)
    .map((s) => ({
      start: s.start,
      end: Math.min(s.end, s.start + text.slice(s.start, told.start).trimEnd().length),
    }));
  const subject = source.length > 0 || !a.source ? undefined : subjectBefore(text, sentences, told.start);
  return { ...a, source: subject ? [subject] : source.length > 0 ? source : null, cue: [told] };
}

/** The sentence's words before "told", its trailing comma left out, when they are a short phrase opening on a capital. */
function subjectBefore(text: string, sentences: readonly Range[], at: number): Range | undefined {
  const sentence = sentenceAt(sentences, at);
  if (!sentence) return undefined;
  const words = text.slice(sentence.start, at);
  const lead = words.length - words.trimStart().length;
  const phrase = words.trim().replace(/,$/u, '');
  if (!/^\p{Lu}/u.test(phrase) || phrase.split(/\s+/u).length > 12) return undefined;
  return { start: sentence.start + lead, end: sentence.start + lead + phrase.length };
}
