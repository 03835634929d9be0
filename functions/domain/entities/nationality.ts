import { isFirstName } from './first-names';
import { isListedNational, isNationalNoun } from './lexicons';

interface Span {
  start: number;
  end: number;
}

/**
 * A nationality the tagger took into a person's name: "Scot Kathy Butler",
 * "Frenchman Thierry Henry", "Briton Keska". The nationality is its own
 * mention and the name what follows. A word that may open a name too (a
 * given name, "Scot"; an adjective, "Christian", "Roman", "Swiss") is split
 * off only before a given name and a surname: "Scot Kathy Butler", "Swiss
 * Roger Federer", not "Christian Slater", "Roman Abramovich", "Scot Gemmill".
 * Null when the name opens with no nationality.
 */
export function splitNationality(text: string, span: Span): { nationality: Span; name: Span } | null {
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)];
  const [first, next] = words;
  if (!first || !next || !isListedNational(first[0])) return null;
  if (!words.slice(1).every((w) => /^\p{Lu}/u.test(w[0]))) return null;
  const mayOpenName = isFirstName(first[0]) || !isNationalNoun(first[0]);
  if (mayOpenName && (words.length < 3 || !isFirstName(next[0]))) return null;
  const end = span.start + (first.index ?? 0) + first[0].length;
  return {
    nationality: { start: span.start, end },
    name: { start: span.start + (next.index ?? 0), end: span.end },
  };
}
