import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { applyMoves, type Move, renameCut } from './mention-moves';
import { mergeSameIds } from './merge';

/**
 * A place's modifier run into the name after it: "Bracknell-based Exel",
 * "Luxembourg-based Clearstream", "Glasgow-born Jo Bloggs". The tagger's
 * mention ending in the modifier gives its place (./modifiers); one going
 * on past it names what the place modifies.
 */
const MODIFIED =
  /^\p{Lu}[\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)*-(?:based|born|bred|headquartered|registered|listed) (\p{Lu}.*)$/u;

/**
 * Each mention so modified is cut to the name after the modifier, and
 * joins the entity of the article that goes by that name, else its own
 * entity takes the name. In the document's view only (./link).
 */
export function cutPlaceModifiers(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  const moves: Move[] = [];
  const renames = new Map<string, string>();
  for (const from of entities) {
    for (const mention of from.mentions) {
      const name = MODIFIED.exec(mention.text)?.[1];
      if (!name) continue;
      const into = entities.find((e) => e !== from && e.mentions.some((m) => m.text === name)) ?? from;
      moves.push({
        taken: [{ from, mention }],
        into,
        span: { start: mention.end - name.length, end: mention.end, text: name },
      });
      if (into === from) renames.set(mention.text, name);
    }
  }
  if (moves.length === 0) return entities;
  return mergeSameIds(applyMoves(entities, moves).map((e) => renameCut(e, renames, table)));
}
