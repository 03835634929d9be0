import type { Attribution } from '../extract/types';
import { type Quote, quotedWords } from '../text/quotations';
import { held } from './continued-quote';
import type { CueLexicon } from './features';
import { CLAUSE_WORD, SAYING, saying } from './narrated-quote';

/**
 * `Muse singer Matt Bellamy said: "There needs to be …"`, `The central
 * defender added on BBC Radio Five Live: "…"`: a speaker, a verb of saying
 * and at most a place or hearer, then a colon and a quote. The tagger misses
 * the verb after a long fronted phrase or before a place, and the quote was
 * left to no one. The speaker opens its clause (after a sentence's end, a
 * paragraph's start or a comma): "he" or "she", a determiner and up to five
 * words ("The central defender"), or words ending on a name. Only for a quote
 * no content holds, a verb no attribution has, and words no content holds.
 */
const TAG =
  /(?:^|[.!?]["”]?[^\S\n]+|,[^\S\n]+|\n[^\S\n]*)(?<source>[Hh]e|[Ss]he|(?:The|the|A|a|An|an|His|his|Her|her|Its|its|Their|their)(?:[^\S\n]+[\p{L}\p{N}'’&-]+){1,5}|\p{Lu}[\p{L}\p{N}'’&-]*(?:[^\S\n]+[\p{L}\p{N}'’&-]+){0,5}[^\S\n]+\p{Lu}[\p{L}'’-]*)[^\S\n]+(?<cue>\p{Ll}+)(?:[^\S\n]+(?:on|to|in|at|from|during|after|with)[^\S\n]+[^\s:.!?"“”][^\n:.!?"“”]{0,60})?[^\S\n]*:[^\S\n]*$/du;
/** How far back the tag may start: a long one is narration, not a tag. */
const REACH = 160;

export function colonTags(
  text: string,
  found: Attribution[],
  quotes: Quote[],
  lexicon: CueLexicon,
): Attribution[] {
  const out = [...found];
  for (const q of quotes) {
    if (held(out, q)) continue;
    const from = Math.max(0, q.open - REACH);
    const m = TAG.exec(text.slice(from, q.open));
    const g = m?.indices?.groups;
    if (!m || !g?.source || !g.cue) continue;
    const cue = { start: from + g.cue[0], end: from + g.cue[1] };
    const source = { start: from + g.source[0], end: from + g.source[1] };
    const words = (m.groups?.source ?? '').split(/\s+/u).slice(1);
    if (words.some((w) => CLAUSE_WORD.test(w)) || saying(m.groups?.cue ?? '', lexicon) < SAYING) continue;
    const touched = (a: Attribution) =>
      [...a.cue, ...(a.source ?? []), ...a.content].some((r) => r.start < cue.end && source.start < r.end);
    if (out.some(touched)) continue;
    const { start, end } = quotedWords(text, q);
    if (end <= start) continue;
    out.push({ source: [source], cue: [cue], content: [{ start, end }] });
  }
  return out;
}
