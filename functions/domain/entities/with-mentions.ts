import type { Entity, TextSpan } from '../model/document';
import { entityId } from './ids';

/** Who the added mentions name: an alias entry's entity, or a new one. */
export type Named = Pick<Entity, 'id' | 'name' | 'type'>;

/**
 * The named entity with the mentions added (created when the article had
 * none), the new surfaces its aliases, salience as its share of all mentions:
 * one way to add found names, for spotted aliases and cued titles alike.
 */
export function withMentions(entities: Entity[], entry: Named, found: TextSpan[]): Entity[] {
  const total = entities.reduce((n, e) => n + e.mentions.length, 0) + found.length;
  const had = entities.find((e) => e.id === entry.id);
  const mentions = [...(had?.mentions ?? []), ...found].sort((a, b) => a.start - b.start);
  const name = had?.name ?? entry.name;
  const aliases = [...new Set([...(had?.aliases ?? []), ...found.map((m) => m.text)])].filter(
    (a) => a !== name,
  );
  const entity: Entity = {
    ...(had ?? { id: entry.id, name, type: entry.type, roles: [] }),
    aliases: aliases.sort(),
    mentions,
    salience: Math.round((mentions.length / total) * 1000) / 1000,
  };
  const rest = entities.filter((e) => e !== had);
  return [...rest, entity].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/** The entities without their mentions inside `found`; one left with none goes. */
export function without(entities: Entity[], found: TextSpan[]): Entity[] {
  const inside = (m: TextSpan) => found.some((f) => f.start <= m.start && m.end <= f.end);
  return entities.flatMap((e) => {
    if (!e.mentions.some(inside)) return [e];
    const mentions = e.mentions.filter((m) => !inside(m));
    return mentions.length > 0 ? [{ ...e, mentions }] : [];
  });
}

/** Whether a mention crosses `span`: overlaps it and runs past an end of it (one inside it gives way). */
export const crosses = (m: TextSpan, span: TextSpan): boolean =>
  m.start < span.end && span.start < m.end && (m.start < span.start || m.end > span.end);

/** Each span a work (MISC) by its own words, added one at a time so a title named twice joins its first mention's entity. */
export function withWorks(entities: Entity[], spans: readonly TextSpan[]): Entity[] {
  return spans.reduce(
    (out, t) => withMentions(out, { id: entityId('MISC', t.text), name: t.text, type: 'MISC' }, [t]),
    entities,
  );
}
