import { memoBounded } from '../text/memo';
import type { Sentence } from '../text/sentences';
import { type Token, tokenize } from '../text/tokenize';
import type { Mention } from './mention';

/**
 * The tagger may miss a later "Ryder" or "PMU"; every further occurrence of a
 * name already found in the article is a mention too. A capitalised single
 * word at a sentence start is not taken, since it may not be the name.
 * Names are matched as token sequences, indexed by their first token, so the
 * article is walked once.
 */
export function findMoreOccurrences<M extends Mention>(
  text: string,
  sentences: Sentence[],
  names: Map<string, M>,
  taken: Mention[],
): M[] {
  const byFirst = new Map<string, string[][]>();
  for (const name of names.keys()) {
    if (!isSafeName(name)) continue;
    const parts = nameParts(name);
    const first = parts[0] as string;
    byFirst.set(
      first,
      [...(byFirst.get(first) ?? []), parts].sort((a, b) => b.length - a.length),
    );
  }
  if (byFirst.size === 0) return [];
  const occupied = new Uint8Array(text.length);
  for (const m of taken) occupied.fill(1, m.start, m.end);
  const found: M[] = [];
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const candidates = byFirst.get((tokens[i] as Token).text);
      if (!candidates) continue;
      const parts = candidates.find((p) => p.every((w, k) => tokens[i + k]?.text === w));
      if (!parts || (i === 0 && parts.length === 1 && !isAcronym(parts[0] as string))) continue;
      const start = (tokens[i] as Token).start;
      const end = (tokens[i + parts.length - 1] as Token).end;
      if (occupied.subarray(start, end).includes(1)) continue;
      const name = text.slice(start, end);
      const like = names.get(name);
      if (!like) continue; // the name's own spacing differs from the text's
      found.push({ ...like, start, end, text: name, roles: [] });
      occupied.fill(1, start, end);
      i += parts.length - 1;
    }
  }
  return found;
}

/** A name's tokens; names recur across articles, so they are tokenized once (the arrays are only read). */
const nameParts = memoBounded((name: string) => tokenize(name).map((t) => t.text), 20_000);

function isAcronym(name: string): boolean {
  return /^[\p{Lu}\d&.-]{2,}$/u.test(name);
}

/** Characters a name sought elsewhere has at most: a tagger run of thousands of capitalised words made the search quadratic. */
const MAX_SOUGHT = 120;

function isSafeName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && (name.length >= 3 || isAcronym(name)) && name.length <= MAX_SOUGHT;
}
