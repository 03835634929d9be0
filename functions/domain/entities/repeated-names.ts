import type { Entity, TextSpan } from '../model/document';
import { isCommon } from './common-acronyms';
import { applyMoves, type Move, type Taken } from './mention-moves';

/** Longest name sought again, in characters: the search is one indexOf per name. */
const MAX_NAME = 60;
/** A name's character: a name found inside a longer word is no occurrence of it. */
const NAME_CHAR = /[\p{L}\p{N}'’]/u;
/** What may follow a name the writer ends there: not a capitalised word or a hyphened one ("Blu-ray Disc Association", "United-Arsenal"). */
const RUNS_ON = /^(?:-[\p{L}\p{N}]|\s\p{Lu}|&|\s&)/u;
/** A capitalised word right before, one space away: the name may run on leftwards ("New Premier League"). */
const WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}'-]*)\s$/u;
/** A quote mark inside a surface: the tagger's span ran over a quoted word ('"New" Labour'). */
const QUOTES = /["“”]/u;
/** Words before a name that are no part of it. */
// biome-ignore format: compact word list
const OPENERS = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'For', 'From', 'With', 'By', 'But', 'And', 'As', 'Of', 'To']);

/**
 * A name of two words or more the article tags whole somewhere is that name
 * wherever the tagger cut it into parts: "Alcohol Focus Scotland" beside
 * "chief executive of Alcohol Focus | Scotland" (a place), "Hearts | of |
 * Oak" beside "Hearts of Oak". Only where every mention the occurrence
 * touches lies inside it (so not "Blu-ray Disc" inside "Blu-ray | Disc
 * Association"), and the name does not run on into a capitalised or
 * hyphened word; a surface two entities share is left alone. Untagged
 * occurrences are ./propagate's. In the document's view only (./link).
 */
export function joinRepeatedNames(text: string, entities: Entity[]): Entity[] {
  const named = new Map<string, Entity | null>();
  const all: Taken[] = [];
  for (const from of entities)
    for (const mention of from.mentions) {
      all.push({ from, mention });
      const s = mention.text;
      if (!/\s/.test(s) || s.length > MAX_NAME || QUOTES.test(s)) continue;
      const had = named.get(s);
      named.set(s, had === undefined || had === from ? from : null);
    }
  if (named.size === 0) return entities;
  all.sort((a, b) => a.mention.start - b.mention.start);
  const used = new Set<TextSpan>();
  const moves: Move[] = [];
  for (const [surface, into] of named) {
    if (!into) continue;
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (!isWhole(text, at, end)) continue;
      const touched = all.filter((t) => t.mention.start < end && t.mention.end > at);
      if (touched.length === 0) continue;
      if (touched.some((t) => t.mention.start < at || t.mention.end > end || used.has(t.mention))) continue;
      if (touched.some((t) => t.mention.start === at && t.mention.end === end)) continue;
      if (addsCommonWord(text, at, end, touched)) continue;
      for (const t of touched) used.add(t.mention);
      moves.push({ taken: touched, into, span: { start: at, end, text: surface } });
    }
  }
  return moves.length === 0 ? entities : applyMoves(entities, moves);
}

/** Whether the text at [start, end) is a whole name: no name character on either side, no name running on. */
function isWhole(text: string, start: number, end: number): boolean {
  if (NAME_CHAR.test(text.charAt(start - 1)) || NAME_CHAR.test(text.charAt(end))) return false;
  if (text.charAt(start - 1) === '-' || RUNS_ON.test(text.slice(end, end + 3))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return !before || OPENERS.has(before);
}

/** Whether the words no mention covers are only common nouns in capitals: "US TV" is the US and a TV. */
function addsCommonWord(text: string, start: number, end: number, touched: Taken[]): boolean {
  let rest = '';
  let at = start;
  for (const { mention } of touched) {
    rest += ` ${text.slice(at, mention.start)}`;
    at = mention.end;
  }
  const words = `${rest} ${text.slice(at, end)}`.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every(isCommon);
}
