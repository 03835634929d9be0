import type { Entity, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { entityId } from './ids';
import { absorb, mergeSameIds } from './merge';

/** A name cut out of a mention: its text, where it starts, and the name of its entity when that differs. */
export interface NamePart {
  text: string;
  start: number;
  name?: string;
}

/** A mention of `from` that runs several names together: `parts`. */
export interface Cut {
  from: Entity;
  mention: TextSpan;
  parts: NamePart[];
}

/**
 * Mentions the tagger ran over several names, cut into them: each part
 * joins the entity of its name in the article, or makes one (the alias
 * table's entry, else one of the cut entity's type); an entity left with no
 * mention goes.
 */
export function cutIntoParts(
  entities: Entity[],
  cuts: Cut[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  if (cuts.length === 0) return entities;
  const cut = new Set(cuts.map((c) => c.mention));
  const kept = entities.flatMap((e) => {
    if (!e.mentions.some((m) => cut.has(m))) return [e];
    const mentions = e.mentions.filter((m) => !cut.has(m));
    return mentions.length > 0 ? [{ ...e, mentions }] : [];
  });
  const byName = new Map(kept.map((e) => [e.name, e]));
  const made: Entity[] = [];
  for (const { from, parts } of cuts)
    for (const { text, start, name = text } of parts) {
      const part: Entity = {
        ...named(name, from, table),
        mentions: [{ start, end: start + text.length, text }],
      };
      const into = byName.get(part.name);
      if (into) byName.set(part.name, absorb(into, part, { partial: true }));
      else made.push(part);
    }
  const joined = kept.map((e) => byName.get(e.name) ?? e);
  return mergeSameIds([...joined, ...made]).sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/** An entity for one name of a cut mention, with no mentions yet. */
function named(name: string, from: Entity, table: AliasTable): Entity {
  const entry = table.lookup(name);
  const type = entry?.type ?? from.type;
  return {
    id: entry?.id ?? entityId(type, name),
    name: entry?.name ?? name,
    type,
    aliases: entry && entry.name !== name ? [name] : [],
    mentions: [],
    roles: [],
    salience: from.salience === undefined ? undefined : from.salience / 2,
  };
}
