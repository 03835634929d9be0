import type { Entity, EntityType, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable, surfacesOf } from './alias-table';
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

/**
 * Each mention `pairOf` reads as two names, the one it opens on and the one it ends on (running
 * `past` characters on beyond it: "Channel" + " 4"), cut into them (`cutIntoParts`).
 */
export function cutInTwo(
  entities: Entity[],
  pairOf: (from: Entity, mention: TextSpan) => readonly [string, string, number?] | undefined,
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const cuts: Cut[] = [];
  for (const from of entities)
    for (const mention of from.mentions) {
      const [first, last, past = 0] = pairOf(from, mention) ?? [];
      if (first && last)
        cuts.push({
          from,
          mention,
          parts: [
            { text: first, start: mention.start },
            { text: last, start: mention.end + past - last.length },
          ],
        });
    }
  return cutIntoParts(entities, cuts, table);
}

/**
 * Whether a name is known as one of `types` on its own: another entity of
 * the article, an alias-table entry written so, or a name `gazetteer` knows
 * (its lists ignore case: a short name counts only in capitals, "Cia" is no
 * CIA).
 */
export function isKnownAs(
  name: string,
  types: EntityType[],
  from: Entity,
  entities: Entity[],
  table: AliasTable,
  gazetteer: (name: string) => boolean,
): boolean {
  const entry = table.lookup(name);
  return (
    entities.some(
      (e) => e !== from && types.includes(e.type) && (e.name === name || e.aliases.includes(name)),
    ) ||
    (entry !== undefined && types.includes(entry.type) && surfacesOf(entry).includes(name)) ||
    ((name.length > 3 || name === name.toUpperCase()) && gazetteer(name))
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
