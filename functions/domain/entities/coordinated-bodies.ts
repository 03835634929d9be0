import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { applyMovesWithMade, holder, type Move, type Taken } from './mention-moves';

/** A capitalised word. */
const W = String.raw`\p{Lu}[\p{L}-]{0,24}`;
/** Not going on to another capitalised word, nor to "of"/"for" (a longer name). */
const END = String.raw`(?![\p{L}\p{N}-]|\s\p{Lu}|\s(?:of|for)\s)`;
/** "Department for Education and Skills", "Department of the Environment, Food and Rural Affairs". */
const HEAD_FIRST = new RegExp(
  String.raw`\b(?:Department|Ministry|Office)\s(?:for|of)\s(?:the\s)?(?:${W},?\s){1,2}and\s${W}(?:\s${W})?${END}`,
  'gu',
);
/** "Foreign and Commonwealth Office", "Finance and Economy Ministry", "Parks and Wildlife Department". */
const HEAD_LAST = new RegExp(
  String.raw`\b${W}(?:,\s${W}){0,2}\sand\s${W}\s(?:Department|Ministry|Office|Committee|Service)${END}`,
  'gu',
);

/** A head either pattern needs. */
const HEAD_WORD = /\b(?:Department|Ministry|Office|Committee|Service)\b/u;

/**
 * A body named for two remits joined by "and" is one organisation where the
 * tagger cut it at the "and" or took half of it: "Department for Education
 * | and Skills", "Foreign and | Commonwealth Office", "Finance | and |
 * Economy Ministry", "Texas Parks | and | Wildlife Department" (a place
 * opening it). Only where a tagged organisation lies in it and nothing runs
 * past its end; not where a person or a people is named in it, nor a name
 * the alias table knows, nor where either side of a head-last name is a
 * body the article names elsewhere or a place alone ("the Treasury and Home
 * Office", "Britain and Foreign Office": two bodies), nor a list closed by
 * ", and". In the document's view only (./link).
 */
export function joinCoordinatedBodies(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  // both patterns need a head word: most articles have none, and the patterns try every capital
  if (!text.includes(' and ') || !HEAD_WORD.test(text)) return entities;
  const all: Taken[] = entities.flatMap((from) => from.mentions.map((mention) => ({ from, mention })));
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  const used = new Set<number>();
  for (const [pattern, headLast] of [
    [HEAD_FIRST, false],
    [HEAD_LAST, true],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      // ", and" closes a list of bodies ("the Department of Energy, Treasury, and Pentagon")
      if (m[0].includes(', and ')) continue;
      let start = m.index ?? 0;
      const end = start + m[0].length;
      const inside = all.filter((t) => t.mention.start < end && t.mention.end > start);
      if (inside.some((t) => table.lookup(t.mention.text))) continue;
      if (inside.some((t) => t.mention.end > end || used.has(t.mention.start))) continue;
      if (!inside.some((t) => t.from.type === 'ORG')) continue;
      if (inside.some((t) => t.from.type === 'PERSON' || t.from.type === 'NORP')) continue;
      // a place may only open the name ("Texas Parks"), as its prefix
      if (inside.some((t) => t.from.type === 'GPE' && t.mention.start >= start)) continue;
      start = Math.min(start, ...inside.map((t) => t.mention.start));
      if (headLast && !sidesAreOne(text, start, end, inside)) continue;
      if (inside.length === 1 && inside[0]?.mention.start === start && inside[0].mention.end === end)
        continue;
      const span = { start, end, text: text.slice(start, end) };
      for (const t of inside) used.add(t.mention.start);
      moves.push({ taken: inside, into: holder(span.text, 'ORG', entities, made, table), span });
    }
  }
  return applyMovesWithMade(entities, made, moves);
}

/** Whether no side of "X and Y Office" is a mention of a body named elsewhere in the article too. */
function sidesAreOne(text: string, start: number, end: number, inside: Taken[]): boolean {
  const and = text.lastIndexOf(' and ', end);
  return inside.every(
    (t) =>
      // a mention over the "and" is the name's own
      (t.mention.start < and && t.mention.end > and + 5) ||
      t.from.mentions.every((other) => other.start >= start && other.end <= end),
  );
}
