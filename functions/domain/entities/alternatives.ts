import type { Entity } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { entityId } from './ids';
import { absorb, mergeSameIds } from './merge';

/** Two capitalised names with "or" between them ("Welsh Assembly or Northern Ireland Assembly"). */
const ALTERNATIVES = /^(\p{Lu}.*?) or (\p{Lu}.*)$/u;

/**
 * Two names the tagger ran together over an "or" are two entities: "the
 * Hansard Society or Electoral Commission", "Meet the Fockers or Lemony
 * Snicket's …", "Quincy or Lupoli" were one organisation or person each. An
 * entity every mention of which is such a pair gives each name its own
 * mention, joining the entity of that name when the article has one, and
 * otherwise making one of the pair's type (or the alias table's entry). In
 * the document's view only (./link).
 */
export function splitAlternatives(entities: Entity[], table: AliasTable = defaultAliasTable): Entity[] {
  // a pair the headline names too is left whole: its headline mentions have no parts to go to
  const pairs = entities.filter(
    (e) => e.mentions.length > 0 && !e.titleMentions && e.mentions.every((m) => ALTERNATIVES.test(m.text)),
  );
  if (pairs.length === 0) return entities;
  const kept = entities.filter((e) => !pairs.includes(e));
  const byName = new Map(kept.map((e) => [e.name, e]));
  const made: Entity[] = [];
  for (const pair of pairs)
    for (const m of pair.mentions) {
      const [, left, right] = ALTERNATIVES.exec(m.text) as RegExpExecArray;
      const rightStart = m.end - (right as string).length;
      for (const [name, start] of [
        [left as string, m.start],
        [right as string, rightStart],
      ] as const) {
        const part: Entity = {
          ...named(name, pair, table),
          mentions: [{ start, end: start + name.length, text: name }],
        };
        const into = byName.get(part.name);
        if (into) byName.set(part.name, absorb(into, part, { partial: true }));
        else made.push(part);
      }
    }
  const joined = kept.map((e) => byName.get(e.name) ?? e);
  return mergeSameIds([...joined, ...made]).sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/** An entity for one name of a pair, with no mentions yet. */
function named(name: string, pair: Entity, table: AliasTable): Entity {
  const entry = table.lookup(name);
  const type = entry?.type ?? pair.type;
  return {
    id: entry?.id ?? entityId(type, name),
    name: entry?.name ?? name,
    type,
    aliases: entry && entry.name !== name ? [name] : [],
    mentions: [],
    roles: [],
    salience: pair.salience === undefined ? undefined : pair.salience / 2,
  };
}
