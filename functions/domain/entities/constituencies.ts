import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { applyMovesWithMade, holder, type Move, type Taken } from './mention-moves';

/** A capitalised word of a place's name, hyphened parts and all ("Henley-on-Thames", "Mid-Bedfordshire"). */
const W = String.raw`\p{Lu}\p{Ll}{1,20}(?:-\p{L}{1,20}){0,3}`;
/** Up to three such words. */
const PART = String.raw`${W}(?:\s${W}){0,2}`;
/**
 * A seat after the member holding it or the word for it: "Labour MP for
 * Hornsey and Wood Green", "the member for Kensington and Chelsea", "AM for
 * Aberavon", "the seat of Erewash", "the constituency of Bethnal Green and
 * Bow". Two parts joined by "and" name one seat; not going on to another
 * capital or a possessive ("MP for Merionnydd Nant Conwy and Plaid Cymru's
 * …": the second part is a body).
 */
const SEAT = new RegExp(
  String.raw`\b(?:MP|MEP|MSP|AM|member|seat|constituency)\s(?:for|of)\s(${PART}(?:\sand\s${PART})?)(?![\p{L}\p{N}'’-]|\s\p{Lu})`,
  'gu',
);

/** The article's entity a seat joins: a place of that name, never a body or person the tagger made of it. */
const isPlace = (e: Entity) => e.type === 'GPE';

/**
 * A parliamentary seat is a place, whatever the tagger made of its words:
 * it took "Wood Green" in "MP for Hornsey and Wood Green", "Chelsea" in
 * "Kensington and Chelsea" and "Grantham" in "Grantham and Stamford" for
 * people, and "Mid-Bedfordshire", "Erewash" and "Bedwellty" for bodies. The
 * mentions inside the seat's name join one place named for the whole seat;
 * not where a part is a name the alias table knows as no place, nor a
 * people's word ("the seat of European power"). In the document's view
 * only (./link).
 */
export function joinConstituencies(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  if (!/\b(?:MP|MEP|MSP|AM|member|seat|constituency)\s(?:for|of)\s\p{Lu}/u.test(text)) return entities;
  const all: Taken[] = entities.flatMap((from) => from.mentions.map((mention) => ({ from, mention })));
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  for (const m of text.matchAll(SEAT)) {
    const name = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - name.length;
    const end = start + name.length;
    const inside = all.filter((t) => t.mention.start < end && t.mention.end > start);
    if (inside.length === 0 || inside.some((t) => t.mention.start < start || t.mention.end > end)) continue;
    // "the seat of European power": a people's word names no seat
    if (inside.some((t) => t.from.type === 'NORP' || (table.lookup(t.mention.text)?.type ?? 'GPE') !== 'GPE'))
      continue;
    const whole = inside.length === 1 && inside[0]?.mention.start === start && inside[0].mention.end === end;
    if (whole && inside[0]?.from.type === 'GPE') continue;
    moves.push({
      taken: inside,
      into: holder(name, 'GPE', entities, made, table, isPlace),
      span: { start, end, text: name },
    });
  }
  return applyMovesWithMade(entities, made, moves);
}
