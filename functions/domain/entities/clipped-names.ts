import type { Entity, TextSpan } from '../model/document';
import { RANKS, ROLE_NOUNS } from './lexicons';

/** The capitalised word right before a mention, one space away. */
const WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}&'-]*) $/u;
/** Words that open a phrase without being part of its name: "The Guardian" and "Guardian" are one paper. */
const NO_NAME_PART = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'baroness',
  'baron',
]);

interface Move {
  from: Entity;
  mention: TextSpan;
  into: Entity;
  span: TextSpan;
}

/**
 * Names the tagger cut after their first word, joined again when the article
 * names them whole elsewhere: "Time Warner said" tagged as the person
 * "Warner" beside the company "TimeWarner", "Air China" as the place "China"
 * beside "Air China". The word before must be capitalised, in no mention,
 * and no article, rank or role ("Prof Reddy" stays "Reddy"); the whole name
 * must be another mention's or entity's name, spaced or run together. The
 * mention, widened to the word, moves to that entity; an entity left with
 * no mention goes. In the document's view only (./link).
 */
export function joinClippedNames(text: string, entities: Entity[]): Entity[] {
  const named = new Map<string, Entity>();
  for (const e of entities) {
    if (!named.has(e.name)) named.set(e.name, e);
    for (const m of e.mentions) if (!named.has(m.text)) named.set(m.text, e);
  }
  const ends = new Set(entities.flatMap((e) => e.mentions.map((m) => m.end)));
  const moves: Move[] = [];
  for (const from of entities)
    for (const mention of from.mentions) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start))?.[1];
      if (!word || isNoNamePart(word)) continue;
      const start = mention.start - word.length - 1;
      if (endsWithin(ends, start, mention.start)) continue;
      const whole = text.slice(start, mention.end);
      const into = named.get(whole) ?? named.get(`${word}${mention.text}`);
      if (into) moves.push({ from, mention, into, span: { start, end: mention.end, text: whole } });
    }
  return moves.length === 0 ? entities : applyMoves(entities, moves);
}

/** Whether a mention ends inside the word (start, to]: the word is some other name's. */
function endsWithin(ends: Set<number>, start: number, to: number): boolean {
  for (let at = start + 1; at <= to; at++) if (ends.has(at)) return true;
  return false;
}

function isNoNamePart(word: string): boolean {
  const w = word.toLowerCase();
  return NO_NAME_PART.has(w) || RANKS.has(w) || ROLE_NOUNS.has(w);
}

/** Each moved mention leaves its entity (with its share of salience) for the one it names. */
function applyMoves(entities: Entity[], moves: Move[]): Entity[] {
  const moved = new Set(moves.map((m) => m.mention));
  const gained = new Map<Entity, Move[]>();
  for (const move of moves) gained.set(move.into, [...(gained.get(move.into) ?? []), move]);
  const share = (e: Entity) => (e.salience ?? 0) / Math.max(1, e.mentions.length);
  return entities.flatMap((e) => {
    const lost = e.mentions.filter((m) => moved.has(m));
    const gains = gained.get(e) ?? [];
    if (lost.length === 0 && gains.length === 0) return [e];
    const mentions = [...e.mentions.filter((m) => !moved.has(m)), ...gains.map((g) => g.span)].sort(
      (a, b) => a.start - b.start,
    );
    if (mentions.length === 0) return [];
    const surfaces = gains.map((g) => g.span.text).filter((s) => s !== e.name);
    const salience =
      e.salience === undefined
        ? undefined
        : Math.min(1, e.salience - lost.length * share(e) + gains.reduce((sum, g) => sum + share(g.from), 0));
    return [
      {
        ...e,
        mentions,
        aliases: [...new Set([...e.aliases, ...surfaces])].sort(),
        ...(salience === undefined ? {} : { salience: Math.round(salience * 1000) / 1000 }),
      },
    ];
  });
}
