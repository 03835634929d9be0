import type { Sentence } from '../text/sentences';
import { type Mention, overlaps } from './mention';

/**
 * The tagger may miss a later "Ryder" or "PMU"; every further occurrence of a
 * name already found in the article is a mention too. A capitalised common
 * word at a sentence start is not taken, since it may not be the name.
 */
export function findMoreOccurrences(
  text: string,
  sentences: Sentence[],
  names: Map<string, Mention>,
  taken: Mention[],
): Mention[] {
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const found: Mention[] = [];
  const occupied = [...taken];
  for (const [name, like] of names) {
    if (!isSafeName(name)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + name.length };
      if (occupied.some((o) => overlaps(o, span))) continue;
      if (sentenceStarts.has(span.start) && !name.includes(' ') && !isAcronym(name)) continue;
      const mention = { ...like, ...span, text: name, roles: [] };
      found.push(mention);
      occupied.push(mention);
    }
  }
  return found;
}

function isAcronym(name: string): boolean {
  return /^[\p{Lu}\d&.-]{2,}$/u.test(name);
}

function isSafeName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && (name.length >= 3 || isAcronym(name));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
