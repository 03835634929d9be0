import type { Entity, TextSpan } from '../model/document';
import { RANKS, ROLE_NOUNS } from './lexicons';
import { applyMoves, type Move, type Taken } from './mention-moves';

/** The capitalised word right before a mention, one space away. */
const WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}&'-]*) $/u;
/** Words that open a phrase without being part of its name: "The Guardian" and "Guardian" are one paper. */
// biome-ignore format: compact word list
const NO_NAME_PART = new Set(['the', 'a', 'an', 'my', 'our', 'his', 'her', 'their', 'its', 'this', 'that', 'baroness', 'baron']);

/**
 * Names the tagger cut after their first word, joined again when the article
 * names them whole elsewhere: "Time Warner said" tagged as the person
 * "Warner" beside the company "TimeWarner", "Air China" as the place "China"
 * beside "Air China", "Gameboyzz Orchestra Project" as two names. The word
 * before must be capitalised, a whole mention or in none, and no article,
 * rank or role ("Prof Reddy" stays "Reddy"); the whole name must be another
 * mention's or entity's name, spaced or run together. The mention, widened
 * to the word, moves to that entity; an entity left with no mention goes.
 * In the document's view only (./link).
 */
export function joinClippedNames(text: string, entities: Entity[]): Entity[] {
  const named = new Map<string, Entity>();
  const byEnd = new Map<number, Taken>();
  for (const from of entities) {
    if (!named.has(from.name)) named.set(from.name, from);
    for (const mention of from.mentions) {
      if (!named.has(mention.text)) named.set(mention.text, from);
      byEnd.set(mention.end, { from, mention });
    }
  }
  const moves: Move[] = [];
  for (const from of entities)
    for (const mention of from.mentions) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
      if (!word || isNoNamePart(word)) continue;
      const start = mention.start - word.length - 1;
      const before = wordMention(byEnd, start, mention.start);
      if (before === null) continue;
      const whole = text.slice(start, mention.end);
      const into = named.get(whole) ?? named.get(`${word}${mention.text}`);
      if (!into) continue;
      const taken = before ? [before, { from, mention }] : [{ from, mention }];
      moves.push({ taken, into, span: { start, end: mention.end, text: whole } });
    }
  return moves.length === 0 ? entities : applyMoves(entities, withoutShared(moves));
}

/**
 * The mention that is exactly the word starting at `start` and ending a
 * space before `to`, undefined when no mention ends inside it, and null
 * when one ends inside it without being the word: the word is part of some
 * other name.
 */
function wordMention(byEnd: Map<number, Taken>, start: number, to: number): Taken | undefined | null {
  for (let at = start + 1; at <= to; at++) {
    const taken = byEnd.get(at);
    if (taken) return at === to - 1 && taken.mention.start === start ? taken : null;
  }
  return undefined;
}

/** Moves that take the same mention (a chain of three names): only the first. */
function withoutShared(moves: Move[]): Move[] {
  const seen = new Set<TextSpan>();
  return moves.filter((move) => {
    if (move.taken.some((t) => seen.has(t.mention))) return false;
    for (const t of move.taken) seen.add(t.mention);
    return true;
  });
}

function isNoNamePart(word: string): boolean {
  const w = word.toLowerCase();
  return NO_NAME_PART.has(w) || RANKS.has(w) || ROLE_NOUNS.has(w);
}
